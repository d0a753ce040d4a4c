using Csa.Site.Components;
using Csa.Site.Content;
using Csa.Site.Statistics;
using Csa.Site.Tables;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides <c>row_finder</c>: every row of a table as a short list, each with the one thing that sets it apart.</summary>
/// <remarks><c>{{ row_finder 'ward-offence-rates' { url: '/find-your-ward/{slug}/', row_label: 'wards' } }}</c> → "Stowe: well above
/// average for all crime, theft and 2 more"; "Highfield: no rate above average. Highest: drug offences, 9th of 22". Bands and ranks are those of <c>table</c> and <c>profile</c>.</remarks>
public sealed partial class DataFunctions
{
    private RawHtml RowFinder(TemplateContext context, string name, ScriptObject? options)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        var rowLabel = options?["row_label"] as string ?? "rows";
        var url = options?["url"] as string ?? throw new DataReferenceException("row_finder needs a 'url' with {slug}, e.g. { url: '/areas/{slug}/' }");
        var schema = table.Resource.Schema;
        var measures = Enumerable.Range(0, schema.Fields.Count)
            .Where(i => schema.Fields[i].IsNumeric && !schema.PrimaryKey.Contains(schema.Fields[i].Name))
            .Select(i => (Index: i, Title: schema.Fields[i].Title.ToLowerInvariant(), Banding: TableBanding.Column(table.Rows, i, _bandOptions)))
            .ToList();
        var items = table.Rows
            .Select(row =>
            {
                var key = table.KeyOf(row);
                var standing = measures
                    .Select(m => (m.Title, Band: m.Banding is { } b ? b.Bands[table.IndexOf(row)] : Band.None, Rank: RowRank.For(table, row, m.Index)))
                    .Where(s => s.Rank is not null)
                    .ToList();
                return new FinderItemModel(key, _baseUrl.Link(url.Replace("{slug}", PageUrls.Slug(key), StringComparison.Ordinal)), Standout(standing));
            })
            .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var id = options?["id"] as string ?? "finder-" + table.Resource.Name;
        Record(context, PrintedRow.Of(table, table.Rows, rowLabel));
        var label = options?["label"] as string ?? $"Type part of the name of one of the {rowLabel}";
        return _components.Render(ComponentNames.Finder, new FinderModel(id, label, rowLabel, _baseUrl.Link("/assets/js/finder.js"), items));
    }

    /// <summary>Says where a row stands out: the measures it is well above (else above) average for, else its highest rank.</summary>
    private static string Standout(List<(string Title, Band Band, RowRank? Rank)> standing)
    {
        foreach (var band in new[] { Band.Significant, Band.Above })
        {
            var titles = standing.Where(s => s.Band == band).OrderBy(s => s.Rank!.Rank).Select(s => s.Title).ToList();
            if (titles.Count > 0)
            {
                var named = titles.Count <= 3 ? Join(titles) : string.Join(", ", titles.Take(2)) + $" and {titles.Count - 2} more";
                return $"{char.ToUpperInvariant(TableBanding.Words(band)[0])}{TableBanding.Words(band)[1..]} for {named}";
            }
        }

        if (standing.Count == 0)
        {
            return "No figures";
        }

        var best = standing.OrderBy(s => s.Rank!.Rank).First();
        var rank = best.Rank!;
        return $"No rate above average. Highest: {best.Title}, {(rank.Tied > 1 ? "joint " : string.Empty)}{RowRank.Ordinal(rank.Rank)} of {rank.Of}";
    }

    private static string Join(List<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
