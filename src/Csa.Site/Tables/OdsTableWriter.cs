using System.Globalization;
using System.Xml;

namespace Csa.Site.Tables;

/// <summary>Writes one table as an OpenDocument spreadsheet that follows GOV.UK's "Releasing statistics in spreadsheets".</summary>
/// <remarks>Four sheets: <c>Cover_sheet</c> (title, description, source, period, licence, contact), <c>Contents</c>,
/// <c>Notes</c> and <c>Table_1</c>. Each sheet's title is in cell A1; each sheet holds at most one table; nothing is
/// merged. Numbers are stored as numbers (<c>office:value-type="float"</c>); a missing value is the text <c>[x]</c>,
/// explained in a note.</remarks>
public static class OdsTableWriter
{
    /// <summary>Gets the name of the sheet that holds the table.</summary>
    public const string TableSheet = "Table_1";

    /// <summary>Gets the text written in place of a missing value.</summary>
    public const string Missing = "[x]";

    /// <summary>Writes the spreadsheet.</summary>
    /// <param name="table">The table.</param>
    /// <param name="licence">The licence's title and address, e.g. <c>Open Government Licence v3.0 (https://...)</c>, or <see langword="null"/>.</param>
    /// <param name="contact">Who to contact, as one line, or <see langword="null"/>.</param>
    /// <param name="language">The document language, e.g. <c>en-GB</c>.</param>
    /// <returns>The file's bytes; the same table gives the same bytes.</returns>
    public static byte[] Write(DataTable table, string? licence, string? contact, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        var r = table.Resource;
        var notes = Notes(table);
        var missingNote = notes.FindIndex(n => n.StartsWith(Missing, StringComparison.Ordinal)) + 1;
        return OdsPackage.Write(r.Title, language, x =>
        {
            Sheet(x, "Cover_sheet", [
                [Text(r.Title)],
                [Text(r.Description ?? string.Empty)],
                [Text("Source: " + (r.Sources.Count > 0 ? string.Join("; ", r.Sources) : "not stated"))],
                [Text("Period covered: " + (r.Period ?? "not stated in the source"))],
                [Text("Unit: " + (r.Unit ?? "not applicable"))],
                [Text("Licence: " + (licence ?? "not stated"))],
                [Text("Contact: " + (contact ?? "not stated"))],
                [Text("This spreadsheet has no merged cells; each worksheet has its title in cell A1 and holds at most one table.")],
            ]);
            Sheet(x, "Contents", [
                [Text("Contents")],
                [Text("This worksheet contains one table.")],
                [Text("Sheet name"), Text("Table title")],
                [Text("Notes"), Text("Notes for the table")],
                [Text(TableSheet), Text(r.Title)],
            ]);
            Sheet(x, "Notes", [
                [Text("Notes")],
                [Text("This worksheet contains one table.")],
                [Text("Note number"), Text("Note text")],
                .. notes.Select((n, i) => new[] { Text($"Note {i + 1}"), Text(n) }),
            ]);
            var intro = "This worksheet contains one table." + (missingNote > 0 ? $" Cells with no figure show {Missing} (see note {missingNote})." : string.Empty);
            Sheet(x, TableSheet, [
                [Text(r.Title)],
                [Text(intro)],
                [.. r.Schema.Fields.Select(f => Text(f.Unit is null ? f.Title : $"{f.Title} ({f.Unit})"))],
                .. table.Rows.Select(row => r.Schema.Fields.Select((_, i) => Value(row.Values[i], row.Raw[i])).ToArray()),
            ]);
        });
    }

    private static List<string> Notes(DataTable table)
    {
        var notes = new List<string>();
        if (table.Resource.Notes is { } n)
        {
            notes.Add(n);
        }

        if (table.Rows.Any(row => row.Values.Any(v => v is null)))
        {
            var markers = string.Join(" or ", table.Resource.Schema.MissingValues.Select(m => $"'{m}'"));
            notes.Add($"{Missing} means there is no figure for this cell (an empty cell{(markers.Length > 0 ? " or " + markers : string.Empty)} in the CSV file).{(notes.Count > 0 ? " Note 1 says why." : string.Empty)}");
        }

        if (notes.Count == 0)
        {
            notes.Add("There are no notes for this table.");
        }

        return notes;
    }

    // A value shows as written in the CSV; its typed value is stored beside it.
    private static Cell Value(object? value, string raw) => value switch
    {
        null => Text(Missing),
        double d => new Cell("float", d.ToString("R", CultureInfo.InvariantCulture), raw),
        long l => new Cell("float", l.ToString(CultureInfo.InvariantCulture), raw),
        bool b => new Cell("boolean", b ? "true" : "false", raw),
        DateOnly date => new Cell("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), raw),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static Cell Text(string text) => new("string", null, text);

    private static void Sheet(XmlWriter x, string name, IEnumerable<Cell[]> rows)
    {
        x.WriteStartElement("table", "table", OdsPackage.TableNs);
        x.WriteAttributeString("table", "name", OdsPackage.TableNs, name);
        foreach (var row in rows)
        {
            x.WriteStartElement("table", "table-row", OdsPackage.TableNs);
            foreach (var cell in row)
            {
                x.WriteStartElement("table", "table-cell", OdsPackage.TableNs);
                x.WriteAttributeString("office", "value-type", OdsPackage.OfficeNs, cell.Type);
                var valueAttribute = cell.Type switch { "float" => "value", "boolean" => "boolean-value", "date" => "date-value", _ => null };
                if (valueAttribute is not null)
                {
                    x.WriteAttributeString("office", valueAttribute, OdsPackage.OfficeNs, cell.Value);
                }

                x.WriteElementString("text", "p", OdsPackage.TextNs, OdsPackage.XmlSafe(cell.Shown));
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private sealed record Cell(string Type, string? Value, string Shown);
}
