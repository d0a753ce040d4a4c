namespace Csa.Site.Charts;

/// <summary>Names the kinds of chart a <c>chart</c> block can draw.</summary>
public enum ChartType
{
    /// <summary>Horizontal bars, one per category, ranked by value (<c>ranked-bars</c>).</summary>
    RankedBars,

    /// <summary>Two bars per category comparing two values, e.g. local against force-wide (<c>paired</c>).</summary>
    Paired,

    /// <summary>One 100% column split into each category's share of the total (<c>part-to-whole</c>).</summary>
    PartToWhole,

    /// <summary>One or more series over time (<c>line</c>).</summary>
    Line,
}
