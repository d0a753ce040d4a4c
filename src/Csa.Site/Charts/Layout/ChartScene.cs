namespace Csa.Site.Charts;

/// <summary>Holds a laid-out chart: its size and its marks in drawing order; the SVG and PNG writers draw it as it is.</summary>
/// <param name="Width">The width of the view box.</param>
/// <param name="Height">The height of the view box.</param>
/// <param name="Marks">The marks, back to front.</param>
public sealed record ChartScene(float Width, float Height, IReadOnlyList<ChartMark> Marks);
