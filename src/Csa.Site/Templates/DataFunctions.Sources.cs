using System.Collections.Concurrent;
using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Tables;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Lists, at the end of a page, where the figures it printed come from (<c>{{ figure_sources }}</c>: "Where these
/// figures come from"), and shows each table's rows on the data page (<c>{{ data_rows 'TABLE' }}</c>) so a link can land on a row.</summary>
/// <remarks>The rows are noted in <see cref="PrintedRows"/> by <c>figure</c>, <c>table</c>, <c>profile</c>, <c>band_summary</c>,
/// <c>band</c>, <c>rank</c>, <c>rank_words</c>, <c>mean</c>, <c>row_finder</c>, <c>change_table</c> and <c>period_change</c>, and by
/// the page's charts. A row with <c>section</c> and <c>section_page</c> fields (e.g. the default site's indicators) names its
/// own section and page; any other row, and a whole table, names the table's (<c>section:</c> and <c>section_page:</c> of its
/// resource in the descriptor), else the first sentence of its source. Each entry links
/// to its row on the data page (<c>/data/#TABLE-ROWKEY</c>, see <see cref="RowAnchors"/>) when the data page shows the
/// table's rows with <c>data_rows</c>, else to the table (<c>/data/#TABLE</c>).</remarks>
public sealed partial class DataFunctions
{
    /// <summary>The URL of the data page, whose <c>data_rows</c> calls say which tables' rows a figure source can link to.</summary>
    public const string DataPage = "/data/";

    /// <summary>The most rows of one table the data page shows; a longer table is only counted, and its downloads hold the rows.</summary>
    public const int DataPageRowLimit = 5000;

    // A text column with a cell longer than this (about a line of a phone) is given room on the data page.
    private const int LongText = 60;

    private void Record(TemplateContext context, IEnumerable<PrintedRow> rows)
    {
        if (PageUrl(context) is not { } url)
        {
            return;
        }

        var line = context is LineTrackingContext tracking ? tracking.OutputLine() : PrintedRows.AfterContent;
        foreach (var row in rows)
        {
            _printed.Add(url, row, line);
        }
    }

    private void Record(TemplateContext context, DataTable table, string key) => Record(context, [new PrintedRow(table.Resource.Name, key)]);

    private static string? PageUrl(TemplateContext context) =>
        context.GetValue(new Scriban.Syntax.ScriptVariableGlobal(TemplateKeys.Page)) is ScriptObject page ? page[TemplateKeys.Url] as string : null;

    private RawHtml DataRows(TemplateContext context, string name)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        var resource = table.Resource.Name;
        if (table.Rows.Count > DataPageRowLimit)
        {
            // Not shown, so figure sources link to the table rather than to rows the page does not have.
            return _components.Render(ComponentNames.DataRows, new DataRowsModel(table.Resource.Title, table.Rows.Count, null, DataPageRowLimit));
        }

        var view = new TableView { RowIds = key => _anchors.Value.Of(resource, key), Caption = table.Resource.Title };
        if (PageUrl(context) is { } url)
        {
            _printed.ShowRows(url, resource);
        }

        var model = TableModelBuilder.Build(table, view, "table-" + resource, [], _baseUrl.Link, _wording);
        var longColumns = Enumerable.Range(0, model.Columns.Count).Where(c => !model.Columns[c].Numeric && model.Rows.Any(r => r.Cells[c].Text.Length > LongText)).ToHashSet();
        model = model with { Rows = [.. model.Rows.Select(r => r with { Cells = [.. r.Cells.Select((cell, c) => cell with { LongText = longColumns.Contains(c) && !cell.Header })] })] };
        return _components.Render(ComponentNames.DataRows, new DataRowsModel(table.Resource.Title, table.Rows.Count, model, DataPageRowLimit));
    }

    private RawHtml FigureSources(TemplateContext context)
    {
        if (PageUrl(context) is not { } url || _printed.For(url) is not { Count: > 0 } printed)
        {
            return RawHtml.Empty;
        }

        var dataPage = _baseUrl.Link(DataPage);
        var shown = _printed.RowsShownOn(dataPage).ToHashSet(StringComparer.Ordinal);
        var items = new List<FigureSourceModel>();
        var packageSource = NonEmpty(FirstSentence(PackageSources()));
        foreach (var entry in printed)
        {
            if (_data.Find(entry.Table) is not { } table)
            {
                continue;
            }

            var resource = table.Resource;
            var tableUrl = dataPage + "#" + resource.Name;
            string? Meta(string key) => resource.Extra.GetValueOrDefault(key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
            // The table's own section or source, else the package's source: never an empty source after the colon.
            var tableSource = Place(Meta("section"), Meta("section_page"))
                ?? NonEmpty(FirstSentence(string.Join("; ", resource.Sources)))
                ?? packageSource;
            if (entry.Key is null)
            {
                items.Add(new FigureSourceModel($"All {table.Rows.Count} {entry.RowLabel ?? "rows"} of “{resource.Title}”", tableSource, tableUrl, resource.Title));
                continue;
            }

            if (table.Find(entry.Key) is not { } row)
            {
                continue;
            }

            var schema = resource.Schema;
            string? Cell(string field) => schema.IndexOf(field) is var i and >= 0 && row.Values[i] is not null ? row.Raw[i] : null;
            var key = entry.Key.Replace("|", ", ", StringComparison.Ordinal);
            var what = Cell("measure") is { } measure ? $"{measure}, {Cell("area") ?? key}" : $"{Cell("title") ?? key} in “{resource.Title}”";
            var source = Place(Cell("section"), Cell("section_page")) ?? tableSource;
            var anchor = shown.Contains(resource.Name) ? _anchors.Value.Of(resource.Name, entry.Key) : null;
            items.Add(new FigureSourceModel(what, source, anchor is null ? tableUrl : dataPage + "#" + anchor, resource.Title));
        }

        // A row printed again (in another period's table, say) is listed once.
        items = [.. items.Distinct()];
        return items.Count == 0 ? RawHtml.Empty : _components.Render(ComponentNames.FigureSources, new FigureSourcesModel(items));
    }

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // The titles of the package's own sources ('sources:' at the top of the descriptor), for tables that name none.
    private string PackageSources() =>
        _data.Package.Values.GetValueOrDefault("sources") is IEnumerable<object?> sources
            ? string.Join("; ", sources.OfType<IReadOnlyDictionary<string, object?>>().Select(m => m.GetValueOrDefault("title") as string).OfType<string>())
            : string.Empty;

    private static string? Place(string? section, string? page) => (section, page) switch
    {
        ({ } s, { } p) => $"section “{s}”, page {p}",
        ({ } s, null) => $"section “{s}”",
        (null, { } p) => $"page {p}",
        _ => null,
    };

    /// <summary>The first sentence of a table's source, without its full stop: the rest is on the data page.</summary>
    private static string FirstSentence(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i > 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < text.Length && char.IsUpper(text[i + 2]) && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '”' or ')'))
            {
                return text[..i];
            }
        }

        return text.TrimEnd('.');
    }
}
