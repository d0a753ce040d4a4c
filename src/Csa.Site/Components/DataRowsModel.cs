namespace Csa.Site.Components;

/// <summary>Feeds <c>components/data-rows.html</c>: every row of one table on the data page, each row with an id so a link
/// (from "Where these figures come from") can land on it; a table too long for a page is only counted.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Count">The number of rows.</param>
/// <param name="Table">The table, every row and column as written, each body row with its id; absent when the table has
/// more rows than a page shows (<see cref="Limit"/>), so only its downloads hold them.</param>
/// <param name="Limit">The most rows the data page shows of one table.</param>
public sealed record DataRowsModel(string Title, int Count, DataTableModel? Table, int Limit);
