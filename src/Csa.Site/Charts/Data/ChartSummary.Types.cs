using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Writes the summaries of paired, part-to-whole and line charts.</summary>
public static partial class ChartSummary
{
    private static List<string> Paired(ChartDataset data)
    {
        var (a, b) = (data.Series[0].Label, data.Series[1].Label);
        var both = data.Rows.Where(r => r.Values[0] is not null && r.Values[1] is not null).ToList();
        var levels = both.Select(r => Comparisons.Classify(r.Values[0]!.Value, r.Values[1]!.Value)).ToList();
        var result = new List<string> { $"Paired bar chart comparing {a} with {b} for {data.Rows.Count} {data.RowLabel}." };
        var parts = new List<string>();
        foreach (var (level, words) in new[] { (RelativeLevel.Lower, "lower"), (RelativeLevel.Higher, "higher"), (RelativeLevel.Similar, "the same") })
        {
            var count = levels.Count(l => l == level);
            if (count > 0)
            {
                parts.Add($"{words} for {count}");
            }
        }

        if (parts.Count > 0)
        {
            result.Add($"{a} is {Join(parts)}.");
        }

        if (both.Count > 0)
        {
            var gap = both.MaxBy(r => Math.Abs(r.Values[0]!.Value - r.Values[1]!.Value))!;
            result.Add($"The largest difference is {gap.Label}: {data.Format(gap.Values[0], 0)} against {data.Format(gap.Values[1], 1)}.");
        }

        var missing = data.Rows.Count - both.Count;
        if (missing > 0)
        {
            result.Add($"{missing} of the {data.RowLabel} {(missing == 1 ? "lacks" : "lack")} one of the figures ({TableModelBuilder.MissingCode}).");
        }

        return result;
    }

    private static List<string> PartToWhole(ChartDataset data)
    {
        var total = data.Rows.Sum(r => r.Values[0]!.Value);
        var parts = data.Rows.Select(r => $"{r.Label} {PartToWholePainter.Percent(data, r.Values[0]!.Value, total)} ({data.Format(r.Values[0])})");
        var largest = data.Rows.MaxBy(r => r.Values[0]!.Value)!;
        return
        [
            $"100% column of {data.Series[0].Label}, a total of {data.Format(total)}, split between {data.Rows.Count} {data.RowLabel}: {Join(parts)}.",
            $"The largest part is {largest.Label}.",
        ];
    }

    private static List<string> Line(ChartDataset data)
    {
        var first = data.Rows[0].Label;
        var last = data.Rows[^1].Label;
        var result = new List<string> { $"Line chart of {Join(data.Series.Select(s => s.Label))} from {first} to {last}." };
        for (var s = 0; s < data.Series.Count; s++)
        {
            var points = data.Rows.Where(r => r.Values[s] is not null).ToList();
            if (points.Count == 0)
            {
                result.Add($"{data.Series[s].Label} has no figures.");
                continue;
            }

            // Where a series has no figure is said in words, never drawn over as if the line went on unchanged.
            var gaps = data.Rows.Where(r => r.Values[s] is null).Select(r => r.Label).ToList();
            var noFigure = gaps.Count == 0 ? string.Empty : $" No figure for {Join(gaps)} ({TableModelBuilder.MissingCode}).";
            if (points.Count == 1)
            {
                result.Add($"{data.Series[s].Label}: {data.Format(points[0].Values[s], s)} in {points[0].Label}, its only figure.{noFigure}");
                continue;
            }

            var (start, end) = (points[0], points[^1]);
            // A percentage change needs a positive starting value; with 0 or a negative start the figures speak for themselves.
            var change = start.Values[s]!.Value > 0 && end.Values[s]!.Value >= 0 && Changes.PercentChange(start.Values[s]!.Value, end.Values[s]!.Value) is { } pct
                ? pct switch { > 0 => $", up {NumberFormat.Format(pct, 0)}%", < 0 => $", down {NumberFormat.Format(-pct, 0)}%", _ => ", unchanged" }
                : string.Empty;
            var high = points.MaxBy(r => r.Values[s]!.Value)!;
            var low = points.MinBy(r => r.Values[s]!.Value)!;
            result.Add($"{data.Series[s].Label}: {data.Format(start.Values[s], s)} in {start.Label} and {data.Format(end.Values[s], s)} in {end.Label}{change}; highest {data.Format(high.Values[s], s)} in {high.Label}, lowest {data.Format(low.Values[s], s)} in {low.Label}.{noFigure}");
        }

        result.AddRange(data.References.Select(r => $"{r.Name}: {data.Format(r)}."));
        return result;
    }
}
