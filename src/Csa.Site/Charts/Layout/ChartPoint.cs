namespace Csa.Site.Charts;

/// <summary>Holds a point in chart coordinates (pixels of the view box, y down).</summary>
/// <param name="X">The x.</param>
/// <param name="Y">The y.</param>
public readonly record struct ChartPoint(float X, float Y);
