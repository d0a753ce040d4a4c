using System.Text;
using System.Text.Json;

namespace Csa.Site.Tables;

/// <summary>Writes a table as JSON: its metadata, its fields and its rows as objects keyed by field name.</summary>
/// <remarks>Numbers are JSON numbers, missing cells are <c>null</c>, so the JSON round-trips to the CSV's values.</remarks>
public static class TableJsonWriter
{
    /// <summary>Serialises a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="licenses">The package's licences, repeated so the file stands alone.</param>
    /// <returns>UTF-8 JSON bytes, indented, ending with a newline.</returns>
    public static byte[] Write(DataTable table, object? licenses)
    {
        ArgumentNullException.ThrowIfNull(table);
        var resource = table.Resource;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", resource.Name);
            json.WriteString("title", resource.Title);
            WriteOptional(json, "description", resource.Description);
            WriteOptional(json, "period", resource.Period);
            WriteOptional(json, "unit", resource.Unit);
            json.WritePropertyName("sources");
            PlainJson.Write(json, resource.Sources.Select(s => new Dictionary<string, object?> { ["title"] = s }).ToList());
            json.WritePropertyName("licenses");
            PlainJson.Write(json, licenses);
            WriteOptional(json, "notes", resource.Notes);
            json.WriteStartArray("fields");
            foreach (var field in resource.Schema.Fields)
            {
                json.WriteStartObject();
                json.WriteString("name", field.Name);
                json.WriteString("title", field.Title);
                json.WriteString("type", field.TypeName);
                WriteOptional(json, "unit", field.Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("data");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < resource.Schema.Fields.Count; i++)
                {
                    json.WritePropertyName(resource.Schema.Fields[i].Name);
                    PlainJson.Write(json, row.Values[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
