namespace Csa.Site.Charts;

/// <summary>Draws a filled rectangle: a bar, a segment, a key swatch or the background.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
/// <param name="Fill">The colour.</param>
public sealed record RectMark(float X, float Y, float Width, float Height, ChartColor Fill) : ChartMark;
