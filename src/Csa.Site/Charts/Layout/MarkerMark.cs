namespace Csa.Site.Charts;

/// <summary>Draws a point marker centred on a point.</summary>
/// <param name="X">The centre x.</param>
/// <param name="Y">The centre y.</param>
/// <param name="Size">The width and height.</param>
/// <param name="Shape">The shape.</param>
/// <param name="Fill">The colour.</param>
public sealed record MarkerMark(float X, float Y, float Size, MarkerShape Shape, ChartColor Fill) : ChartMark
{
    /// <summary>Gets the corners of a triangle or diamond marker, clockwise from the top.</summary>
    /// <param name="m">The marker.</param>
    /// <returns>The corners, for a closed outline.</returns>
    public static IReadOnlyList<ChartPoint> Outline(MarkerMark m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var h = m.Size / 2;
        return m.Shape == MarkerShape.Triangle
            ? [new(m.X, m.Y - (h * 1.15f)), new(m.X + (h * 1.15f), m.Y + (h * 0.85f)), new(m.X - (h * 1.15f), m.Y + (h * 0.85f))]
            : [new(m.X, m.Y - (h * 1.3f)), new(m.X + (h * 1.3f), m.Y), new(m.X, m.Y + (h * 1.3f)), new(m.X - (h * 1.3f), m.Y)];
    }
}
