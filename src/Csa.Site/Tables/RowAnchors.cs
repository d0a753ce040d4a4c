using Csa.Site.Content;

namespace Csa.Site.Tables;

/// <summary>Gives every row of every table an id for the data page, so a link can land on the row:
/// <c>TABLE-ROWKEY</c> as a slug, e.g. <c>ward-offence-rates-stowe</c>.</summary>
/// <remarks>Ids are unique and deterministic: tables in descriptor order, rows in file order; an id already taken (by a
/// table's own ids, <c>TABLE</c>, <c>table-TABLE</c> and <c>table-TABLE-caption</c>, or an earlier row) gets <c>-2</c>,
/// <c>-3</c>…; a key with no letters or digits is <c>row-N</c> (its position, from 1).</remarks>
public sealed class RowAnchors
{
    private readonly Dictionary<(string Table, string Key), string> _ids = [];

    /// <summary>Initializes a new instance of the <see cref="RowAnchors"/> class.</summary>
    /// <param name="data">The site's tables.</param>
    public RowAnchors(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in data.Tables.Select(t => t.Resource.Name))
        {
            taken.UnionWith([name, "table-" + name, "table-" + name + "-caption"]);
        }

        foreach (var table in data.Tables)
        {
            var name = table.Resource.Name;
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var key = table.KeyOf(table.Rows[i]);
                var slug = PageUrls.Slug(key.Replace('|', ' '));
                var stem = $"{name}-{(slug.Length > 0 ? slug : "row-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
                var id = stem;
                for (var n = 2; !taken.Add(id); n++)
                {
                    id = $"{stem}-{n}";
                }

                _ids[(name, key)] = id;
            }
        }
    }

    /// <summary>Returns a row's id on the data page.</summary>
    /// <param name="table">The table's name.</param>
    /// <param name="key">The row's key.</param>
    /// <returns>The id, or <see langword="null"/> when the table or row is not known.</returns>
    public string? Of(string table, string key) => _ids.GetValueOrDefault((table, key));
}
