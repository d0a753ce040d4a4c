using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Statistics;
using Csa.Site.Tables;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides the table and figure functions.</summary>
public sealed partial class DataFunctions
{
    private RawHtml Table(TemplateContext context, string name, ScriptObject? options)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        var view = new TableView
        {
            Columns = options?["columns"] is System.Collections.IEnumerable cols and not string ? [.. cols.Cast<object>().Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)!)] : null,
            Rows = options?["rows"] is System.Collections.IEnumerable keys and not string ? [.. keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!)] : null,
            SortBy = options?["sort"] as string,
            Descending = options?["descending"] is true,
            Limit = options?["limit"] is { } limit ? Convert.ToInt32(limit, CultureInfo.InvariantCulture) : null,
            Bands = options?["bands"] is true,
            BandOptions = _bandOptions,
            Caption = options?["caption"] as string,
            RowLabel = options?["row_label"] as string,
        };
        var id = options?["id"] as string ?? "table-" + table.Resource.Name;
        try
        {
            var rows = TableModelBuilder.SelectRows(table, view);
            if (rows.Count > DataPageRowLimit)
            {
                throw new DataReferenceException($"table '{table.Resource.Name}' would print {rows.Count:N0} rows, more than the {DataPageRowLimit:N0} a page can show: choose rows with 'rows:', 'limit:' or 'sort:' and 'limit:' (its downloads hold every row)");
            }

            var html = _components.Render(ComponentNames.Table, TableModelBuilder.Build(table, view, id, _downloads.GetValueOrDefault(table.Resource.Name) ?? [], _baseUrl.Link, _wording));
            Record(context, PrintedRow.Of(table, rows, view.RowLabel));
            return html;
        }
        catch (ArgumentException ex)
        {
            throw new DataReferenceException(ex.Message, ex);
        }
    }

    private RawHtml Downloads(string name)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        return TableModelBuilder.Downloads(table, _downloads.GetValueOrDefault(table.Resource.Name) ?? [], _baseUrl.Link) is { } model
            ? _components.Render(ComponentNames.Downloads, model)
            : RawHtml.Empty;
    }

    private string Figure(TemplateContext context, string name, string key, string field)
    {
        if (_data.IsBroken(name))
        {
            return string.Empty;
        }

        var table = Find(name);
        var index = Field(table, field);
        var row = Row(table, key);
        Record(context, table, key);
        // HTML-escaped: a text cell is author data printed into a page (Markdown passes raw HTML through), and so is the
        // wording from site.yml printed for a missing figure.
        return System.Net.WebUtility.HtmlEncode(row.Values[index] is null ? _wording.NotPublished : NumberFormat.Cell(table.Resource.Schema.Fields[index], row.Raw[index], row.Values[index]));
    }

    private string BandOf(TemplateContext context, string name, string key, string field)
    {
        if (_data.IsBroken(name))
        {
            return string.Empty;
        }

        var table = Find(name);
        var index = Field(table, field);
        var row = Row(table, key);
        Record(context, table, key);
        var banding = TableBanding.Column(table.Rows, index, _bandOptions);
        var position = table.IndexOf(row);
        var band = banding is { } b ? b.Bands[position] : Band.None;
        return band == Band.None ? "not above average" : TableBanding.Words(band);
    }

    private RawHtml Profile(TemplateContext context, string name, string key, ScriptObject? options)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        var row = Row(table, key);
        var label = options?["row_label"] as string ?? "rows";
        var meta = string.Join(", ", new[] { table.Resource.Unit, table.Resource.Period }.OfType<string>());
        var caption = options?["caption"] as string ?? $"{key} compared with all {table.Rows.Count} {label}" + (meta.Length > 0 ? $" ({meta})" : string.Empty);
        var id = options?["id"] as string ?? "profile-" + table.Resource.Name;
        Record(context, table, key);
        return _components.Render(ComponentNames.Profile, ProfileModelBuilder.Build(table, row, label, caption, id, _bandOptions, _wording));
    }

    private RawHtml BandSummary(TemplateContext context, string name, string key, ScriptObject? options)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var table = Find(name);
        var row = Row(table, key);
        Record(context, table, key);
        var schema = table.Resource.Schema;
        var measures = Enumerable.Range(0, schema.Fields.Count).Where(i => !schema.PrimaryKey.Contains(schema.Fields[i].Name)).ToList();
        var bands = measures.Select(i => (Title: schema.Fields[i].Title.ToLowerInvariant(), Band: schema.Fields[i].IsNumeric && TableBanding.Column(table.Rows, i, _bandOptions) is { } b ? b.Bands[table.IndexOf(row)] : Band.None)).ToList();
        var model = new BandSummaryModel(
            key,
            options?["row_label"] as string ?? "rows",
            [.. bands.Where(b => b.Band == Band.Significant).Select(b => b.Title)],
            [.. bands.Where(b => b.Band == Band.Above).Select(b => b.Title)],
            measures.Count);
        return _components.Render(ComponentNames.BandSummary, model);
    }

    private string MeanOf(TemplateContext context, string name, string field, int decimals = 1)
    {
        if (_data.IsBroken(name))
        {
            return string.Empty;
        }

        var table = Find(name);
        var index = Field(table, field);
        var values = table.Rows.Select(r => r.Number(index)).OfType<double>().ToList();
        Record(context, [new PrintedRow(table.Resource.Name, null) { Statistic = true }]);
        return values.Count == 0 ? System.Net.WebUtility.HtmlEncode(_wording.NotPublished) : NumberFormat.Format(Spread.Mean(values), decimals);
    }

    private string RankWords(TemplateContext context, string name, string key, string field)
    {
        if (_data.IsBroken(name))
        {
            return string.Empty;
        }

        var table = Find(name);
        var row = Row(table, key);
        Record(context, table, key);
        return RowRank.For(table, row, Field(table, field))?.Words ?? "not ranked (no figure)";
    }

    private int RankOf(TemplateContext context, string name, string key, string field)
    {
        if (_data.IsBroken(name))
        {
            return 0;
        }

        var table = Find(name);
        var index = Field(table, field);
        var row = Row(table, key);
        if (row.Number(index) is null)
        {
            throw new DataReferenceException($"table '{name}', row '{key}': field '{field}' has no value to rank");
        }

        Record(context, table, key);
        return RowRank.For(table, row, index)!.Rank;
    }
}
