using System.Text.Json;

namespace Csa.Site.Tables;

/// <summary>Writes the published <c>datapackage.json</c>: a Frictionless Data Package describing every published table.</summary>
/// <remarks>Package keys of the descriptor are kept (name, title, description, licenses, sources, keywords and any
/// other); each resource gets <c>path</c>, <c>format</c>, <c>mediatype</c>, <c>encoding</c>, <c>bytes</c> and its
/// Table Schema. Paths are relative to <c>datapackage.json</c>, which sits beside the CSV files.</remarks>
public static class DataPackageJsonWriter
{
    /// <summary>Serialises the package.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="csvBytes">The size of each published CSV by table name.</param>
    /// <param name="downloads">Each table's downloads by name; formats other than CSV and JSON are listed in the resource's <c>alternative_formats</c>.</param>
    /// <returns>UTF-8 JSON bytes, indented, ending with a newline.</returns>
    public static byte[] Write(SiteData data, IReadOnlyDictionary<string, long> csvBytes, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>>? downloads = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(csvBytes);
        var package = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in data.Package.Values.Where(kv => kv.Key != "resources"))
        {
            package[key] = value;
        }

        package["profile"] = "tabular-data-package";
        package["resources"] = data.Tables.Select(t => Resource(t, csvBytes[t.Resource.Name], downloads?.GetValueOrDefault(t.Resource.Name))).ToList();
        if (data.Tables.Count > 0)
        {
            package["csvw_metadata"] = CsvwMetadataWriter.FileName;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            PlainJson.Write(json, package);
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Resource(DataTable table, long bytes, IReadOnlyList<TableDownload>? downloads)
    {
        var r = table.Resource;
        var resource = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = r.Name,
            ["path"] = r.Path,
            ["profile"] = "tabular-data-resource",
            ["title"] = r.Title,
            ["description"] = r.Description,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = bytes,
            ["period"] = r.Period,
            ["unit"] = r.Unit,
            ["sources"] = r.Sources.Select(s => new Dictionary<string, object?> { ["title"] = s }).ToList(),
            ["notes"] = r.Notes,
            ["schema"] = new Dictionary<string, object?>
            {
                ["fields"] = r.Schema.Fields.Select(f => new Dictionary<string, object?>
                {
                    ["name"] = f.Name,
                    ["title"] = f.Title,
                    ["type"] = f.TypeName,
                    ["description"] = f.Description,
                    ["unit"] = f.Unit,
                }.Where(kv => kv.Value is not null).ToDictionary()).ToList(),
                ["primaryKey"] = r.Schema.PrimaryKey.ToList(),
                ["missingValues"] = r.Schema.MissingValues.ToList(),
            },
        };
        var alternatives = downloads?.Where(d => d.Format is not ("CSV" or "JSON")).ToList();
        if (alternatives is { Count: > 0 })
        {
            // Frictionless resources describe one file; the same table in other formats is listed beside it.
            resource["alternative_formats"] = alternatives.Select(d => new Dictionary<string, object?>
            {
                ["format"] = d.Format.ToLowerInvariant(),
                ["mediatype"] = d.MediaType,
                ["path"] = d.Url[(d.Url.LastIndexOf('/') + 1)..],
                ["bytes"] = d.Bytes,
            }).ToList();
        }

        foreach (var (key, value) in r.Extra)
        {
            resource.TryAdd(key, value);
        }

        return resource.Where(kv => kv.Value is not null).ToDictionary(StringComparer.Ordinal);
    }
}
