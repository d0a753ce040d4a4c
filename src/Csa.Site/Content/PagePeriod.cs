namespace Csa.Site.Content;

/// <summary>Records the period a page of several periods was built for, and where its other periods are.</summary>
/// <param name="Table">The table of several periods the page follows.</param>
/// <param name="Period">This page's period as written.</param>
/// <param name="Links">Every period of the page, earliest first, with its site-relative URL.</param>
public sealed record PagePeriod(string Table, string Period, IReadOnlyList<PeriodLink> Links)
{
    /// <summary>Gets a value indicating whether this is the latest period, published at the page's own URL.</summary>
    public bool IsLatest => Links.Count > 0 && Links[^1].Period == Period;
}
