namespace Csa.Site.Statistics;

/// <summary>
/// Gives the Fingertips comparison of an area's confidence interval with a comparator value.
/// </summary>
/// <remarks>
/// Only this result may be worded "significantly higher/lower"; see <see cref="SignificanceComparisons.Describe"/>.
/// </remarks>
public enum Significance
{
    /// <summary>Marks a comparison that could not be made: the interval or the comparator is missing or invalid.</summary>
    NotCompared,

    /// <summary>Marks an interval wholly below the comparator: the area is significantly lower.</summary>
    Lower,

    /// <summary>Marks a comparator inside the interval, limits included: the area is similar.</summary>
    Similar,

    /// <summary>Marks an interval wholly above the comparator: the area is significantly higher.</summary>
    Higher,
}
