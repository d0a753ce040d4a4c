using Csa.Site.Configuration;
using Csa.Site.Tables;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Builds the <c>data</c> object templates and pages see: every table with its metadata, rows and downloads.</summary>
/// <remarks>
/// <c>data.ward_offence_rates.rows</c> is the list of rows (each a field → value object);
/// <c>data.ward_offence_rates.by_key["Stowe"].all_crime</c> → <c>182.6</c> (composite keys joined with <c>|</c>);
/// <c>data.ward_offence_rates.title</c>, <c>.description</c>, <c>.period</c>, <c>.unit</c>, <c>.sources</c>, <c>.notes</c>,
/// <c>.fields</c> (name, title, type, unit) and <c>.downloads</c> (format, url, size). <c>data.tables</c> lists every table,
/// <c>data.package</c> is the descriptor's top level and <c>data.not_published</c> its list of unpublished measures.
/// </remarks>
public static class DataModel
{
    /// <summary>Creates the read-only <c>data</c> object.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <param name="baseUrl">Where the site is published, for download links.</param>
    /// <returns>The object.</returns>
    public static ScriptObject Create(SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads, BaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(baseUrl);
        // A table that failed to load, or every table when the descriptor failed, reads as an object whose every member is
        // itself: its errors were reported, so nothing a page reads from it is reported again.
        var root = data.LoadFailed ? new LenientScriptObject() : new ScriptObject();
        foreach (var name in data.Broken)
        {
            root[name] = root[name.Replace('-', '_')] = new LenientScriptObject();
        }

        var list = new ScriptArray();
        foreach (var table in data.Tables)
        {
            var obj = Table(table, downloads.GetValueOrDefault(table.Resource.Name) ?? [], baseUrl);
            root[table.Resource.ScriptName] = obj;
            list.Add(obj);
        }

        root["tables"] = list;
        root["package"] = TemplateModel.FromMap(data.Package.Values.Where(kv => kv.Key != "resources").ToDictionary());
        root["not_published"] = new ScriptArray(data.Package.NotPublished.Select(TemplateModel.FromMap));
        root["package_url"] = baseUrl.Link(Building.PublishTables.PackageUrl);
        root.IsReadOnly = true;
        return root;
    }

    private static ScriptObject Table(DataTable table, IReadOnlyList<TableDownload> downloads, BaseUrl baseUrl)
    {
        var r = table.Resource;
        var rows = new ScriptArray();
        var byKey = new ScriptObject();
        foreach (var row in table.Rows)
        {
            var obj = new ScriptObject();
            for (var i = 0; i < r.Schema.Fields.Count; i++)
            {
                obj[r.Schema.Fields[i].Name] = row.Values[i];
            }

            obj.IsReadOnly = true;
            rows.Add(obj);
            byKey[table.KeyOf(row)] = obj;
        }

        var fields = new ScriptArray(r.Schema.Fields.Select(f => new ScriptObject { ["name"] = f.Name, ["title"] = f.Title, ["type"] = f.TypeName, ["unit"] = f.Unit, ["description"] = f.Description }));
        var files = new ScriptArray(downloads.Select(d => new ScriptObject { ["format"] = d.Format, ["url"] = baseUrl.Link(d.Url), ["bytes"] = d.Bytes, ["size"] = d.Size, ["media_type"] = d.MediaType }));
        var tableObject = TemplateModel.FromMap(r.Extra);
        tableObject["name"] = r.Name;
        tableObject["title"] = r.Title;
        tableObject["description"] = r.Description;
        tableObject["period"] = r.Period;
        tableObject["unit"] = r.Unit;
        tableObject["sources"] = new ScriptArray(r.Sources);
        tableObject["notes"] = r.Notes;
        tableObject["fields"] = fields;
        tableObject["primary_key"] = new ScriptArray(r.Schema.PrimaryKey);
        tableObject["rows"] = rows;
        tableObject["by_key"] = byKey;
        tableObject["downloads"] = files;
        tableObject["row_count"] = table.Rows.Count;
        tableObject.IsReadOnly = true;
        return tableObject;
    }

    private sealed class LenientScriptObject : ScriptObject, ILenientObject
    {
    }
}
