namespace Csa.Site.Tables;

/// <summary>One row, or a whole table, whose figures a page printed.</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Key">The row's key; <see langword="null"/> when the page printed the whole table.</param>
/// <param name="RowLabel">What the rows are, plural (e.g. <c>wards</c>), for a whole table; <see langword="null"/> when not known.</param>
public sealed record PrintedRow(string Table, string? Key, string? RowLabel = null)
{
    /// <summary>Gets a value indicating whether only a statistic of the rows was printed (e.g. <c>mean</c>'s average of a
    /// whole column), which is listed only when the page printed nothing else of the table.</summary>
    public bool Statistic { get; init; }

    /// <summary>Notes the rows a call printed: the whole table when it printed every row, else each row in order.</summary>
    /// <param name="table">The table.</param>
    /// <param name="rows">The rows printed, in order.</param>
    /// <param name="rowLabel">What the rows are, plural, when known.</param>
    /// <returns>One entry for the whole table, or one per row.</returns>
    public static IReadOnlyList<PrintedRow> Of(DataTable table, IReadOnlyCollection<DataRow> rows, string? rowLabel = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var name = table.Resource.Name;
        return rows.Count > 1 && rows.Distinct().Count() == table.Rows.Count
            ? [new PrintedRow(name, null, rowLabel)]
            : [.. rows.Select(r => new PrintedRow(name, table.KeyOf(r)))];
    }
}
