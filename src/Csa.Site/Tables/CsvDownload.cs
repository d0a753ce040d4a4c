using nietras.SeparatedValues;

namespace Csa.Site.Tables;

/// <summary>Writes the text of a table's CSV download: the CSV as the author wrote it, unless a text cell could be read as a
/// formula by a spreadsheet.</summary>
/// <remarks>A cell of a text column that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is
/// given a leading apostrophe, as OWASP's "CSV Injection" guidance advises, so a spreadsheet shows it as text instead of
/// running it. Numbers, dates and the other typed columns are never changed, so <c>-2.5</c> stays a number. A table with no
/// such cell is published as written.</remarks>
public static class CsvDownload
{
    /// <summary>Returns the CSV text to publish for a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The text.</returns>
    public static string Text(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Resource.Schema.Fields;
        var text = Enumerable.Range(0, fields.Count).Where(i => fields[i].Type == FieldType.String).ToList();
        if (!table.Rows.Any(r => text.Any(i => IsFormulaLike(r.Raw[i]))))
        {
            return table.CsvText;
        }

        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToText();
        foreach (var row in table.Rows)
        {
            using var line = writer.NewRow();
            for (var i = 0; i < fields.Count; i++)
            {
                var cell = row.Raw[i];
                line[fields[i].Name].Set(text.Contains(i) && IsFormulaLike(cell) ? "'" + cell : cell);
            }
        }

        return writer.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Returns whether a cell's text would be read as a formula by a spreadsheet.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns><see langword="true"/> when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return.</returns>
    public static bool IsFormulaLike(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
