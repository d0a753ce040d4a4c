namespace Csa.Site.Charts;

/// <summary>Names the kinds of reference line a chart can draw.</summary>
public enum ChartReferenceKind
{
    /// <summary>The mean of the chart's values (<c>mean</c>).</summary>
    Mean,

    /// <summary>The "above average" threshold: mean + the site's first number of standard deviations (<c>+1sd</c>).</summary>
    Above,

    /// <summary>The "well above average" threshold: mean + the site's second number of standard deviations (<c>+2sd</c>).</summary>
    WellAbove,

    /// <summary>A comparator value given in the block, e.g. the force-wide rate.</summary>
    Comparator,
}
