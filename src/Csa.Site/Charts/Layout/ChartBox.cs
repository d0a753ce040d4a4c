namespace Csa.Site.Charts;

/// <summary>Holds an axis-aligned box in chart coordinates, e.g. the room a text takes.</summary>
/// <param name="Left">The left edge.</param>
/// <param name="Top">The top edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Bottom">The bottom edge.</param>
public readonly record struct ChartBox(float Left, float Top, float Right, float Bottom)
{
    /// <summary>Returns whether two boxes share any area (touching edges do not count).</summary>
    /// <param name="other">The other box.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(ChartBox other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}
