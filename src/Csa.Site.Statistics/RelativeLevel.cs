namespace Csa.Site.Statistics;

/// <summary>
/// Describes where a value lies against a comparator, without any claim of statistical significance.
/// </summary>
/// <remarks>
/// Word it with <see cref="Comparisons.Describe"/>; only <see cref="Significance"/> may be called "significantly" higher or lower.
/// </remarks>
public enum RelativeLevel
{
    /// <summary>Marks a value below the comparator by more than the tolerance.</summary>
    Lower,

    /// <summary>Marks a value within the tolerance of the comparator (equal, when the tolerance is 0).</summary>
    Similar,

    /// <summary>Marks a value above the comparator by more than the tolerance.</summary>
    Higher,
}
