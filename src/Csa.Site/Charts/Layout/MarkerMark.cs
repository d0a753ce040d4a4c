namespace Csa.Site.Charts;

/// <summary>Draws a point marker centred on a point.</summary>
/// <param name="X">The centre x.</param>
/// <param name="Y">The centre y.</param>
/// <param name="Size">The width and height.</param>
/// <param name="Shape">The shape.</param>
/// <param name="Fill">The colour.</param>
public sealed record MarkerMark(float X, float Y, float Size, MarkerShape Shape, ChartColor Fill) : ChartMark;
