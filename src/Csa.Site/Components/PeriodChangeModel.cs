namespace Csa.Site.Components;

/// <summary>The view model of <c>components/period-change.html</c>: one measure of a table of several periods, each row's
/// figure in two periods and the change between them.</summary>
/// <param name="Id">The table's id, unique on the page.</param>
/// <param name="Caption">The caption.</param>
/// <param name="Unit">The measure's unit, or <see langword="null"/>.</param>
/// <param name="RowHeader">The heading of the first column (what each row is).</param>
/// <param name="FromPeriod">The earlier period.</param>
/// <param name="ToPeriod">The later period.</param>
/// <param name="Rows">One row per thing compared.</param>
/// <param name="DefinitionChanges">What changed in how the figures are defined between the two periods, each as a sentence; empty when nothing did.</param>
/// <param name="Downloads">The table's downloads, or <see langword="null"/>.</param>
public sealed record PeriodChangeModel(
    string Id,
    string Caption,
    string? Unit,
    string RowHeader,
    string FromPeriod,
    string ToPeriod,
    IReadOnlyList<PeriodChangeRowModel> Rows,
    IReadOnlyList<string> DefinitionChanges,
    DownloadsModel? Downloads);

/// <summary>One row of <see cref="PeriodChangeModel"/>.</summary>
/// <param name="Name">What the row is (its key).</param>
/// <param name="From">The figure in the earlier period, formatted; the site's "not published" wording when missing.</param>
/// <param name="To">The figure in the later period, formatted.</param>
/// <param name="Direction"><c>up</c>, <c>down</c>, <c>same</c>, or <see langword="null"/> when there is nothing to compare.</param>
/// <param name="Symbol">▲, ▼, = or <see langword="null"/>: a symbol shown beside the words, never in place of them.</param>
/// <param name="Change">The change in words: <c>up 12.3 (7% higher)</c>, <c>no change</c>, or <c>no figure to compare</c>.</param>
public sealed record PeriodChangeRowModel(string Name, string From, string To, string? Direction, string? Symbol, string Change);
