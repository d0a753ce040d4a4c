namespace Csa.Site.Components;

/// <summary>Feeds <c>components/data-rows.html</c>: every row of one table on the data page, each row with an id so a link
/// (from "Where these figures come from") can land on it.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Count">The number of rows.</param>
/// <param name="Table">The table, every row and column as written, each body row with its id.</param>
public sealed record DataRowsModel(string Title, int Count, DataTableModel Table);
