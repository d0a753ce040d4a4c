using System.Globalization;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using nietras.SeparatedValues;

namespace Csa.Site.Tables;

/// <summary>Reads a CSV file (RFC 4180, UTF-8, a header row) with the Sep library and checks it against its Table Schema.</summary>
/// <remarks>Checks: the header names the schema's fields in order; every row has as many cells as the header; every
/// non-missing cell parses as its field's type (numbers with a dot and no thousands separators); primary keys are
/// present and unique; the file has at least one row.</remarks>
public static class CsvTableReader
{
    /// <summary>Reads and checks a table; each problem goes to the bag with its line and column.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sitePath">The CSV's path from the site root.</param>
    /// <param name="resource">The table's descriptor.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The table, or <see langword="null"/> when it has problems.</returns>
    public static DataTable? Read(string text, string sitePath, TableResource resource, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text = SourceText.Normalize(text);
        var errors = 0;
        void Fail(int line, int column, string message)
        {
            diagnostics.Error(sitePath, line, column, DiagnosticCodes.BadTableData, message, SourceText.Line(text, line));
            errors++;
        }

        if (text.Trim().Length == 0)
        {
            Fail(1, 1, $"the file is empty; table '{resource.Name}' needs a header row and at least one row of data");
            return null;
        }

        var fields = resource.Schema.Fields;
        var expected = fields.Select(f => f.Name).ToList();
        var firstLine = SourceText.Line(text, 1) ?? string.Empty;
        if (expected.Count > 1 && !firstLine.Contains(',', StringComparison.Ordinal) && (firstLine.Contains(';', StringComparison.Ordinal) || firstLine.Contains('\t', StringComparison.Ordinal)))
        {
            // Spreadsheets set to some European locales save "CSV" with semicolons; tab-separated files come from copying a sheet.
            var separator = firstLine.Contains(';', StringComparison.Ordinal) ? "';' (semicolons)" : "tabs";
            Fail(1, 1, $"this file separates its values with {separator}, not commas: save it as comma-separated values (CSV, comma delimited)");
            return null;
        }

        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).FromText(text);
        }
        catch (ArgumentException ex)
        {
            // Sep refuses a header that names a column twice (found by fuzzing: a mutated header repeated a name).
            Fail(1, 1, $"the header row is not valid ({ex.Message}); table '{resource.Name}' has the columns {string.Join(", ", expected)}");
            return null;
        }

        using var disposeReader = reader;
        var header = reader.Header.ColNames;
        if (!header.SequenceEqual(expected))
        {
            Fail(1, 1, DescribeHeaderMismatch(header, expected, resource.Name));
            return null;
        }

        var rows = new List<DataRow>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyIndexes = resource.Schema.PrimaryKey.Select(resource.Schema.IndexOf).ToList();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != fields.Count)
            {
                Fail(line, 1, $"this row has {row.ColCount} cells but the header has {fields.Count} ({string.Join(", ", expected)})");
                continue;
            }

            var raw = new string[fields.Count];
            var values = new object?[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                raw[i] = row[i].ToString();
                if (ControlCharacter(raw[i]) is { } control)
                {
                    // No web page, spreadsheet or chart can hold one; it is usually pasted in by mistake.
                    Fail(line, CsvColumns.ColumnOf(SourceText.Line(text, line) ?? string.Empty, i), $"field '{fields[i].Name}': the cell holds the control character U+{(int)control:X4}, which no page or spreadsheet can show: delete it");
                }

                if (resource.Schema.MissingValues.Contains(raw[i]) || raw[i].Length == 0)
                {
                    continue;
                }

                values[i] = CellParser.Parse(fields[i].Type, raw[i]);
                if (values[i] is null)
                {
                    Fail(line, CsvColumns.ColumnOf(SourceText.Line(text, line) ?? string.Empty, i), $"field '{fields[i].Name}': '{raw[i]}' is not {CellParser.Describe(fields[i].Type)}");
                }
            }

            var key = string.Join('|', keyIndexes.Select(k => raw[k]));
            if (keyIndexes.Any(k => values[k] is null))
            {
                Fail(line, CsvColumns.ColumnOf(SourceText.Line(text, line) ?? string.Empty, keyIndexes[0]), $"the primary key ({string.Join(", ", resource.Schema.PrimaryKey)}) must have a value in every row");
            }
            else if (!keys.TryAdd(key, line))
            {
                Fail(line, 1, $"duplicate primary key '{key}': line {keys[key]} has the same {string.Join(", ", resource.Schema.PrimaryKey)}");
            }

            rows.Add(new DataRow(line, raw, values));
        }

        if (rows.Count == 0 && errors == 0)
        {
            Fail(1, 1, $"table '{resource.Name}' has a header but no rows of data");
        }

        return errors > 0 ? null : new DataTable(resource, rows, sitePath, text);
    }

    // A control character other than a line break or tab, or null when the cell has none.
    private static char? ControlCharacter(string cell)
    {
        foreach (var c in cell)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return c;
            }
        }

        return null;
    }

    private static string DescribeHeaderMismatch(IReadOnlyList<string> header, List<string> expected, string name)
    {
        var missing = expected.Except(header).ToList();
        var extra = header.Except(expected).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("missing column(s) " + string.Join(", ", missing.Select(m => $"'{m}'")));
        }

        if (extra.Count > 0)
        {
            parts.Add("unexpected column(s) " + string.Join(", ", extra.Select(m => $"'{m}'")));
        }

        if (parts.Count == 0)
        {
            parts.Add("columns are in a different order");
        }

        return $"the header does not match the schema of '{name}': {string.Join("; ", parts)}; expected: {string.Join(",", expected)}";
    }
}
