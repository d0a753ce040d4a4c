namespace Csa.Site.Charts;

/// <summary>Gives each kind of reference line its own dash pattern, so lines differ by pattern and label, not by colour.</summary>
public static class ChartReferenceStyle
{
    /// <summary>Gets the width of a reference line.</summary>
    public const float Width = 2;

    /// <summary>Returns the dash pattern of a kind of line: the mean is solid, +1 SD dashed, +2 SD dotted, a comparator dash-dot.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The pattern (on, off, …), or <see langword="null"/> for a solid line.</returns>
    public static IReadOnlyList<float>? DashOf(ChartReferenceKind kind) => kind switch
    {
        ChartReferenceKind.Above => [6, 3],
        ChartReferenceKind.WellAbove => [2, 2],
        ChartReferenceKind.Comparator => [10, 3, 2, 3],
        _ => null,
    };

    /// <summary>Returns the label drawn beside a line: <c>Mean: 61.3</c>.</summary>
    /// <param name="data">The chart's data, which formats the value.</param>
    /// <param name="line">The line.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(ChartDataset data, ChartReferenceLine line)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(line);
        return line.Name + ": " + data.Format(line);
    }
}
