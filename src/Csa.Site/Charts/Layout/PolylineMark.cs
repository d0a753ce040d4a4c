namespace Csa.Site.Charts;

/// <summary>Draws a connected line through points: one unbroken run of a line chart's series.</summary>
/// <param name="Points">The points, in order.</param>
/// <param name="Stroke">The colour.</param>
/// <param name="StrokeWidth">The width.</param>
public sealed record PolylineMark(IReadOnlyList<ChartPoint> Points, ChartColor Stroke, float StrokeWidth) : ChartMark;
