using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Csa.Site.Tables;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

public sealed class SpreadsheetDownloadTests
{
    private static readonly XNamespace Office = OdsPackage.OfficeNs;
    private static readonly XNamespace Table = OdsPackage.TableNs;
    private static readonly XNamespace Text = OdsPackage.TextNs;

    [Fact]
    public void Every_ods_holds_every_csv_cell_with_numbers_as_numbers_and_missing_values_as_x()
    {
        // Given synthetic data, built
        using var site = DataSite();
        using var package = JsonDocument.Parse(site.ReadOutput("data/datapackage.json"));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(site.Root, "content", "data"), "*.csv").Count(), resources.Count);

        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetString()!)).ToList();
            var missing = resource.GetProperty("schema").GetProperty("missingValues").EnumerateArray().Select(m => m.GetString()!).Append(string.Empty).ToHashSet();
            var csv = ParseCsv(site.ReadOutput($"data/{name}.csv"));

            // When
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, "data", name + ".ods"));
            var sheets = ReadOds(bytes);

            // Then
            Assert.Equal(["Cover_sheet", "Contents", "Notes", "Table_1"], sheets.Select(s => (string)s.Attribute(Table + "name")!));
            Assert.All(sheets, s => Assert.False(string.IsNullOrWhiteSpace(CellText(Rows(s)[0].First()))));
            Assert.DoesNotContain(sheets.Descendants(), e => e.Attribute(Table + "number-columns-spanned") is not null || e.Name == Table + "covered-table-cell");
            var rows = Rows(sheets[3]);
            Assert.Equal(resource.GetProperty("title").GetString(), CellText(rows[0][0]));
            Assert.Equal(csv.Count - 1 + 3, rows.Count);
            for (var r = 1; r < csv.Count; r++)
            {
                var cells = rows[r + 2];
                Assert.Equal(fields.Count, cells.Count);
                for (var c = 0; c < fields.Count; c++)
                {
                    var expected = csv[r][c];
                    var cell = cells[c];
                    var type = (string?)cell.Attribute(Office + "value-type");
                    var where = $"{name}.ods row {r + 3} column {c + 1}";
                    if (missing.Contains(expected))
                    {
                        Assert.True(type == "string" && CellText(cell) == "[x]", where);
                    }
                    else if (fields[c].Type is "number" or "integer" or "year")
                    {
                        Assert.True(type == "float", where);
                        Assert.Equal(double.Parse(expected, CultureInfo.InvariantCulture), double.Parse((string)cell.Attribute(Office + "value")!, CultureInfo.InvariantCulture));
                        Assert.Equal(expected, CellText(cell));
                    }
                    else if (fields[c].Type == "boolean")
                    {
                        Assert.True(type == "boolean" && string.Equals((string?)cell.Attribute(Office + "boolean-value"), expected, StringComparison.OrdinalIgnoreCase), where);
                    }
                    else
                    {
                        Assert.True(CellText(cell) == expected, $"{where}: '{CellText(cell)}' is not '{expected}'");
                    }
                }
            }

            var notes = string.Join('\n', Rows(sheets[2]).Skip(3).Select(row => CellText(row[1])));
            if (csv.Skip(1).Any(row => row.Any(missing.Contains)))
            {
                Assert.Contains("[x] means there is no figure", notes, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_mimetype_is_the_first_entry_stored_uncompressed_and_the_same_input_gives_the_same_bytes()
    {
        // Given
        using var first = DataSite();
        using var second = DataSite();

        // When
        var a = File.ReadAllBytes(Path.Combine(first.Output, "data", "ward-rates.ods"));
        var b = File.ReadAllBytes(Path.Combine(second.Output, "data", "ward-rates.ods"));

        // Then
        Assert.Equal(a, b);
        Assert.Equal(0, BitConverter.ToUInt16(a, 8));
        Assert.Equal("mimetypeapplication/vnd.oasis.opendocument.spreadsheet", System.Text.Encoding.ASCII.GetString(a, 30, 54));
    }

    [Fact]
    public void Csvw_metadata_names_every_table_and_each_columns_datatype()
    {
        // Given
        using var site = DataSite();
        using var package = JsonDocument.Parse(site.ReadOutput("data/datapackage.json"));

        // When
        using var csvw = JsonDocument.Parse(site.ReadOutput("data/csv-metadata.json"));

        // Then
        var root = csvw.RootElement;
        Assert.Equal("http://www.w3.org/ns/csvw", root.GetProperty("@context")[0].GetString());
        Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", root.GetProperty("dc:license").GetProperty("@id").GetString());
        Assert.Equal("csv-metadata.json", package.RootElement.GetProperty("csvw_metadata").GetString());
        var tables = root.GetProperty("tables").EnumerateArray().ToList();
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(resources.Count, tables.Count);
        foreach (var (table, resource) in tables.Zip(resources))
        {
            var url = table.GetProperty("url").GetString()!;
            Assert.True(site.OutputExists("data/" + url), url);
            var columns = table.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("datatype").GetString())).ToList();
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), (string?)Expected(f.GetProperty("type").GetString()!))).ToList();
            Assert.Equal(fields, columns);
            var ods = Assert.Single(resource.GetProperty("alternative_formats").EnumerateArray());
            Assert.Equal(Path.ChangeExtension(url, ".ods"), ods.GetProperty("path").GetString());
        }
    }

    private static string Expected(string type) => type switch
    {
        "number" => "decimal",
        "year" => "gYear",
        _ => type,
    };

    // Four synthetic tables: text, numbers, integers, years and missing values.
    private static TestSite DataSite()
    {
        var data = Charts.ChartSites.Data.Replace("title: Synthetic chart test data\n", "title: Synthetic chart test data\nlicenses:\n  - name: OGL-UK-3.0\n    title: Open Government Licence v3.0\n    path: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n", StringComparison.Ordinal);
        var site = new TestSite(data + "\n-- content/index.md --\n---\ntitle: Home\n---\n[Data](/data/datapackage.json)\n");
        site.BuildClean();
        return site;
    }

    private static List<XElement> ReadOds(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        using var stream = zip.GetEntry("content.xml")!.Open();
        return [.. XDocument.Load(stream).Descendants(Table + "table")];
    }

    private static List<List<XElement>> Rows(XElement sheet) =>
        [.. sheet.Elements(Table + "table-row").Select(r => r.Elements(Table + "table-cell").ToList())];

    private static string CellText(XElement cell) => string.Concat(cell.Elements(Text + "p").Select(p => p.Value));

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
