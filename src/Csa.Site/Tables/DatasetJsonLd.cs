using System.Text;
using System.Text.Json;

namespace Csa.Site.Tables;

/// <summary>Writes schema.org <c>Dataset</c> JSON-LD for every published table, for the data page's <c>dataset-jsonld</c> component.</summary>
/// <remarks>Each dataset has name, description, license, creator, temporalCoverage (the period as written),
/// variableMeasured (the field titles), isAccessibleForFree and a <c>DataDownload</c> per file.</remarks>
public static class DatasetJsonLd
{
    /// <summary>Builds the JSON-LD.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <param name="absolute">Turns a site-relative URL into an absolute one (or root-relative when no host is known).</param>
    /// <returns>The JSON, indented; every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote in a value is a <c>\u</c> escape, so it
    /// is safe inside a <c>script</c> element.</returns>
    public static string Build(SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(absolute);
        var license = data.Package.Values.GetValueOrDefault("licenses") is IEnumerable<object?> licenses
            ? licenses.OfType<IReadOnlyDictionary<string, object?>>().Select(l => l.GetValueOrDefault("path") as string).FirstOrDefault(p => p is not null)
            : null;
        var creator = data.Package.Values.GetValueOrDefault("sources") is IEnumerable<object?> sources
            ? sources.OfType<IReadOnlyDictionary<string, object?>>().Select(s => s.GetValueOrDefault("author") as string).FirstOrDefault(a => a is not null)
            : null;
        var graph = data.Tables.Select(t => Dataset(t, downloads.GetValueOrDefault(t.Resource.Name) ?? [], license, creator, absolute)).ToList();
        var root = new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@graph"] = graph };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            PlainJson.Write(json, root);
        }

        // The default encoder escapes '<' and '>', so the JSON cannot close the script element early.
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Dictionary<string, object?> Dataset(DataTable table, IReadOnlyList<TableDownload> downloads, string? license, string? creator, Func<string, string> absolute)
    {
        var r = table.Resource;
        var dataset = new Dictionary<string, object?>
        {
            ["@type"] = "Dataset",
            ["name"] = r.Title,
            ["description"] = r.Description ?? r.Title,
            ["identifier"] = r.Name,
            ["url"] = absolute(downloads.Count > 0 ? downloads[0].Url : "/data/"),
            ["isAccessibleForFree"] = true,
            ["license"] = license,
            ["temporalCoverage"] = r.Period,
            ["creator"] = creator is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = creator },
            ["variableMeasured"] = r.Schema.Fields.Select(f => f.Unit is null ? f.Title : $"{f.Title} ({f.Unit})").ToList(),
            ["distribution"] = downloads.Select(d => new Dictionary<string, object?>
            {
                ["@type"] = "DataDownload",
                ["encodingFormat"] = d.MediaType,
                ["contentUrl"] = absolute(d.Url),
                ["contentSize"] = d.Size,
            }).ToList(),
        };
        return dataset.Where(kv => kv.Value is not null).ToDictionary();
    }
}
