namespace Csa.Site.Tables;

/// <summary>Describes one period of a table that holds several: its name, its file (one file per period) and a note
/// when the figures are not defined as in earlier periods.</summary>
/// <param name="Period">The period as written (<c>2019-20</c>); its slug names the period's URLs and downloads.</param>
/// <param name="Path">The period's CSV file in the data folder, or <see langword="null"/> when a column holds the period.</param>
/// <param name="Definition">What changed in how the figures are defined or counted from this period on, or <see langword="null"/>.</param>
/// <param name="Line">The 1-based line of the entry in the descriptor.</param>
public sealed record TablePeriodEntry(string Period, string? Path, string? Definition, int Line)
{
    /// <summary>Gets the period's slug, as used in URLs and download names (<c>2019-20</c>, <c>2019/20</c> → <c>2019-20</c>).</summary>
    public string Slug => Content.PageUrls.Slug(Period);

    /// <summary>Gets the date the period's figures were last updated (<c>updated: 2021-04-01</c>), if given.</summary>
    public DateOnly? Updated { get; init; }
}
