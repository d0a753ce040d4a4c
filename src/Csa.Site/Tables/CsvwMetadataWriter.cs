using System.Text.Json;

namespace Csa.Site.Tables;

/// <summary>Writes <c>/data/csv-metadata.json</c>: W3C CSV on the Web (CSVW) metadata for every published CSV, from the descriptor.</summary>
/// <remarks>One table group, at the folder-wide location CSVW processors look for (<c>csv-metadata.json</c> beside the
/// CSV files). Each table gives its URL, title, description, licence and source, and each column its name, title and
/// datatype; the descriptor's missing-value markers are the columns' <c>null</c> values.</remarks>
public static class CsvwMetadataWriter
{
    /// <summary>Gets the file name, in the data folder.</summary>
    public const string FileName = "csv-metadata.json";

    /// <summary>Returns the CSVW datatype of a field type: <c>string</c>, <c>decimal</c>, <c>integer</c>, <c>boolean</c>, <c>date</c> or <c>gYear</c>.</summary>
    /// <param name="type">The Table Schema type.</param>
    /// <returns>The CSVW (XML Schema) datatype name, e.g. <c>number</c> → <c>decimal</c>.</returns>
    public static string Datatype(FieldType type) => type switch
    {
        FieldType.Number => "decimal",
        FieldType.Integer => "integer",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.Year => "gYear",
        _ => "string",
    };

    /// <summary>Serialises the metadata.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <returns>UTF-8 JSON-LD bytes, indented, ending with a newline.</returns>
    public static byte[] Write(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var licence = (data.Package.Values.GetValueOrDefault("licenses") as IEnumerable<object?>)?.OfType<IReadOnlyDictionary<string, object?>>().FirstOrDefault();
        var group = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@context"] = new List<object?> { "http://www.w3.org/ns/csvw", new Dictionary<string, object?> { ["@language"] = "en" } },
            ["dc:title"] = data.Package.Title,
            ["dc:description"] = data.Package.Description,
            ["dc:license"] = licence?.GetValueOrDefault("path") is string path ? new Dictionary<string, object?> { ["@id"] = path } : null,
            ["tables"] = data.Tables.Select(Table).ToList(),
        };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            PlainJson.Write(json, Without(group));
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Table(DataTable table)
    {
        var r = table.Resource;
        var schema = r.Schema;
        return Without(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["url"] = r.Name + ".csv",
            ["dc:title"] = r.Title,
            ["dc:description"] = r.Description,
            ["dc:source"] = r.Sources.Count == 0 ? null : string.Join("; ", r.Sources),
            ["dc:temporal"] = r.Period,
            ["tableSchema"] = Without(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["columns"] = schema.Fields.Select(f => Without(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = f.Name,
                    ["titles"] = f.Title,
                    ["datatype"] = Datatype(f.Type),
                    ["null"] = schema.MissingValues.Count == 0 ? null : new List<object?>([.. schema.MissingValues.Prepend(string.Empty).Distinct()]),
                    ["dc:description"] = f.Description,
                })).ToList(),
                ["primaryKey"] = schema.PrimaryKey.Count == 1 ? schema.PrimaryKey[0] : schema.PrimaryKey.ToList(),
            }),
        });
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> map) =>
        map.Where(kv => kv.Value is not null).ToDictionary(StringComparer.Ordinal);
}
