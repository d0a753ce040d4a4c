namespace Csa.Site.Charts;

/// <summary>Draws a straight line: an axis, gridline, reference line or leader.</summary>
/// <param name="X1">The start x.</param>
/// <param name="Y1">The start y.</param>
/// <param name="X2">The end x.</param>
/// <param name="Y2">The end y.</param>
/// <param name="Stroke">The colour.</param>
/// <param name="StrokeWidth">The width.</param>
public sealed record LineMark(float X1, float Y1, float X2, float Y2, ChartColor Stroke, float StrokeWidth) : ChartMark
{
    /// <summary>Gets the dash pattern (on, off, ...), or <see langword="null"/> for a solid line.</summary>
    public IReadOnlyList<float>? Dash { get; init; }
}
