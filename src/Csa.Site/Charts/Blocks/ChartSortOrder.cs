namespace Csa.Site.Charts;

/// <summary>Says how a chart orders its categories by their (first) value.</summary>
public enum ChartSortOrder
{
    /// <summary>Keeps the order of the table, or of the <c>rows:</c> list.</summary>
    None,

    /// <summary>Puts the highest value first.</summary>
    Descending,

    /// <summary>Puts the lowest value first.</summary>
    Ascending,
}
