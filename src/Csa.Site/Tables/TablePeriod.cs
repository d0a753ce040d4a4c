namespace Csa.Site.Tables;

/// <summary>Holds one period of a <see cref="TableSeries"/>.</summary>
/// <param name="Period">The period as written.</param>
/// <param name="Table">The period's rows, as a table of one period (its <c>Period</c> set; no period column).</param>
/// <param name="Definition">The descriptor's note on what changed in the figures' definition from this period on, if any.</param>
public sealed record TablePeriod(string Period, DataTable Table, string? Definition)
{
    /// <summary>Gets the period's slug for URLs and download names.</summary>
    public string Slug => Content.PageUrls.Slug(Period);

    /// <summary>Gets the date the period's figures were last updated, if the descriptor gives one.</summary>
    public DateOnly? Updated { get; init; }
}
