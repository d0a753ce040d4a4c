namespace Csa.Site.Statistics;

/// <summary>
/// Gives the direction of travel between two periods.
/// </summary>
public enum Direction
{
    /// <summary>Marks a current value below the previous value.</summary>
    Down,

    /// <summary>Marks a current value exactly equal to the previous value.</summary>
    NoChange,

    /// <summary>Marks a current value above the previous value.</summary>
    Up,
}
