using Csa.Site.Statistics;

namespace Csa.Site.Charts;

/// <summary>Writes a chart's text summary from its data: the chart type and main figures in plain words, for the SVG's
/// <c>desc</c> and the paragraph under the chart.</summary>
/// <remarks>Example (ranked bars): "Bar chart of All crime for 22 wards, highest first. Highest: Stowe, 182.6. Lowest:
/// Highfield, 25.5. The mean of the 22 wards is 61.3. 3 wards are above average (more than mean + 1 SD, 100.6): Stowe,
/// Chasetown and Bourne Vale; 1 is well above average (more than mean + 2 SD, 139.9): Stowe."</remarks>
public static partial class ChartSummary
{
    /// <summary>Describes a chart.</summary>
    /// <param name="data">The chart's data.</param>
    /// <returns>The summary, a few plain sentences.</returns>
    public static string Describe(ChartDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sentences = data.Spec.Type switch
        {
            ChartType.Paired => Paired(data),
            ChartType.PartToWhole => PartToWhole(data),
            ChartType.Line => Line(data),
            _ => RankedBars(data),
        };
        return string.Join(' ', sentences);
    }

    private static List<string> RankedBars(ChartDataset data)
    {
        var all = data.AllRows;
        var present = all.Where(r => r.Values[0] is not null).ToList();
        var order = data.Spec.Sort switch
        {
            ChartSortOrder.Descending => ", highest first",
            ChartSortOrder.Ascending => ", lowest first",
            _ => string.Empty,
        };
        var shown = data.Rows.Count < all.Count ? $"the top {data.Rows.Count} of {all.Count} {data.RowLabel}" : $"{all.Count} {data.RowLabel}";
        var result = new List<string> { $"Bar chart of {data.Series[0].Label} for {shown}{order}." };
        if (present.Count > 0)
        {
            var high = present.MaxBy(r => r.Values[0]!.Value)!;
            var low = present.MinBy(r => r.Values[0]!.Value)!;
            result.Add($"Highest: {high.Label}, {data.Format(high.Values[0])}.");
            if (present.Count > 1)
            {
                result.Add($"Lowest: {low.Label}, {data.Format(low.Values[0])}.");
            }
        }

        result.AddRange(References(data, present));
        if (data.Rows.Any(r => r.Highlighted))
        {
            result.Add($"Highlighted: {Join(data.Rows.Where(r => r.Highlighted).Select(r => r.Label))}.");
        }

        return result;
    }

    private static IEnumerable<string> References(ChartDataset data, List<ChartRow> present)
    {
        foreach (var line in data.References)
        {
            var value = data.Format(line);
            switch (line.Kind)
            {
                case ChartReferenceKind.Mean:
                    yield return $"The mean of the {present.Count} {data.RowLabel} is {value}.";
                    break;
                case ChartReferenceKind.Above:
                    var above = present.Where(r => r.Band != Band.None).ToList();
                    yield return $"{Count(above.Count, data.RowLabel)} above average (more than {Lower(line.Name)}, {value}){List(above)}.";
                    break;
                case ChartReferenceKind.WellAbove:
                    var well = present.Where(r => r.Band == Band.Significant).ToList();
                    yield return $"{Count(well.Count, data.RowLabel)} well above average (more than {Lower(line.Name)}, {value}){List(well)}.";
                    break;
                default:
                    var higher = present.Count(r => r.Values[0] > line.Value);
                    yield return $"{line.Name}: {value}; {Count(higher, data.RowLabel)} higher.";
                    break;
            }
        }
    }

    private static string Count(int count, string rowLabel) => count switch
    {
        0 => $"No {Singular(rowLabel)} is",
        1 => $"1 {Singular(rowLabel)} is",
        _ => $"{count} {rowLabel} are",
    };

    private static string List(List<ChartRow> rows) => rows.Count == 0 ? string.Empty : ": " + Join(rows.Select(r => r.Label));

    private static string Lower(string name) => name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Singular(string plural) => plural.EndsWith('s') && plural.Length > 1 ? plural[..^1] : plural;

    /// <summary>Joins names for reading: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    internal static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
