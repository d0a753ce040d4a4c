using Csa.Site.Statistics;

namespace Csa.Site.Charts;

/// <summary>Writes a profile chart's summary: which measures the row is well above and above average for, with the figure,
/// the rank and the average of each, as the page's table shows them.</summary>
public static partial class ChartSummary
{
    private static List<string> Profile(ChartDataset data)
    {
        var row = data.Spec.Row ?? string.Empty;
        var measures = data.Measures;
        var count = data.Table.Rows.Count;
        var result = new List<string>
        {
            $"Profile chart of {row}: each of {measures.Count} measures against the lowest, the average and the highest of the {count} {data.RowLabel}.",
        };
        var well = measures.Where(m => m.Band == Band.Significant).ToList();
        var above = measures.Where(m => m.Band == Band.Above).ToList();
        if (well.Count > 0)
        {
            result.Add($"Well above average: {Join(well.Select(Describe))}.");
        }

        if (above.Count > 0)
        {
            result.Add($"Above average: {Join(above.Select(Describe))}.");
        }

        var rest = measures.Count - well.Count - above.Count;
        result.Add(rest == measures.Count
            ? $"{row} is not above average for any measure."
            : rest == 0 ? $"{row} is above average for every measure." : rest == 1 ? "It is not above average for the other measure." : $"It is not above average for the other {rest} measures.");
        return result;
    }

    private static string Describe(ChartProfileMeasure m) =>
        $"{m.Label}, {m.Format(m.Value ?? 0)} ({m.Rank}; average {m.Format(m.Bands.Mean)})";
}
