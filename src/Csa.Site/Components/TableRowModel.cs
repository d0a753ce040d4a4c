namespace Csa.Site.Components;

/// <summary>Describes one row of a table component: its cells, the first being the row header.</summary>
/// <param name="Cells">The cells, in column order.</param>
public sealed record TableRowModel(IReadOnlyList<TableCellModel> Cells)
{
    /// <summary>Gets the row's id, the target of a link to the row (e.g. <c>ward-offence-rates-stowe</c>); <see langword="null"/> for none.</summary>
    public string? Id { get; init; }
}
