namespace Csa.Site.Components;

/// <summary>The view model of <c>components/period-change.html</c>: one measure of a table of several periods, each row's
/// figure in two periods and the change between them.</summary>
/// <param name="Id">The table's id, unique on the page.</param>
/// <param name="Caption">The caption.</param>
/// <param name="Unit">The measure's unit, or <see langword="null"/>.</param>
/// <param name="RowHeader">The heading of the first column (what each row is).</param>
/// <param name="FromPeriod">The earlier period, or <see langword="null"/> when <paramref name="ToPeriod"/> is the first and there is nothing to compare.</param>
/// <param name="ToPeriod">The later period.</param>
/// <param name="Rows">One row per thing compared.</param>
/// <param name="DefinitionChanges">What changed in how the figures are defined between the two periods, each as a sentence; empty when nothing did.</param>
/// <param name="Downloads">The table's downloads, or <see langword="null"/>.</param>
public sealed record PeriodChangeModel(
    string Id,
    string Caption,
    string? Unit,
    string RowHeader,
    string? FromPeriod,
    string ToPeriod,
    IReadOnlyList<PeriodChangeRowModel> Rows,
    IReadOnlyList<string> DefinitionChanges,
    DownloadsModel? Downloads);
