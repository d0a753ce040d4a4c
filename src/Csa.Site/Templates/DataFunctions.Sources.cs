using System.Collections.Concurrent;
using Csa.Site.Components;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Collects, page by page, the table rows that <c>figure</c> printed from, and lists them with
/// <c>{{ figure_sources }}</c> at the end of the page: "Where these figures come from".</summary>
/// <remarks>Pages are keyed by their URL, so pages rendered in parallel never mix. A row with <c>section</c> and
/// <c>section_page</c> fields (e.g. the default site's indicators) names its own section and page; any other row names its
/// table's source. Each entry links to the table on the data page (<c>/data/#TABLE</c>).</remarks>
public sealed partial class DataFunctions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(string Table, string Key), int>> _printed = new(StringComparer.Ordinal);

    private void Record(TemplateContext context, string table, string key)
    {
        if (PageUrl(context) is not { } url)
        {
            return;
        }

        var rows = _printed.GetOrAdd(url, _ => new());
        rows.TryAdd((table, key), rows.Count);
    }

    private static string? PageUrl(TemplateContext context) =>
        context.GetValue(new Scriban.Syntax.ScriptVariableGlobal(TemplateKeys.Page)) is ScriptObject page ? page[TemplateKeys.Url] as string : null;

    private RawHtml FigureSources(TemplateContext context)
    {
        if (PageUrl(context) is not { } url || !_printed.TryGetValue(url, out var rows) || rows.IsEmpty)
        {
            return RawHtml.Empty;
        }

        var items = new List<FigureSourceModel>();
        foreach (var ((name, key), _) in rows.OrderBy(r => r.Value))
        {
            if (_data.Find(name) is not { } table || table.Find(key) is not { } row)
            {
                continue;
            }

            var schema = table.Resource.Schema;
            string? Cell(string field) => schema.IndexOf(field) is var i and >= 0 && row.Values[i] is not null ? row.Raw[i] : null;
            var what = Cell("measure") is { } measure ? $"{measure}, {Cell("area") ?? key}" : $"{key}: {table.Resource.Title}";
            var source = Cell("section") is { } section
                ? $"section “{section}”" + (Cell("section_page") is { } page ? $", page {page}" : string.Empty)
                : string.Join("; ", table.Resource.Sources);
            items.Add(new FigureSourceModel(what, source, _baseUrl.Link("/data/") + "#" + table.Resource.Name, table.Resource.Title));
        }

        return items.Count == 0 ? RawHtml.Empty : _components.Render(ComponentNames.FigureSources, new FigureSourcesModel(items));
    }
}
