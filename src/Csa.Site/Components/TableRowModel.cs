namespace Csa.Site.Components;

/// <summary>Describes one row of a table component: its cells, the first being the row header.</summary>
/// <param name="Cells">The cells, in column order.</param>
public sealed record TableRowModel(IReadOnlyList<TableCellModel> Cells);
