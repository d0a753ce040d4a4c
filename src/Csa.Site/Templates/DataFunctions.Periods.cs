using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Tables;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides the functions for tables of several periods.</summary>
/// <remarks><c>{{ change_table 'ward-offence-rates' 'all_crime' }}</c> → each row's figure in the latest period and the one
/// before, with the change (<c>up 12.3 (7% higher)</c>); options <c>from</c>, <c>to</c>, <c>rows</c>, <c>caption</c>, <c>id</c>.
/// <c>{{ period_change 'ward-offence-rates' 'Stowe' 'all_crime' }}</c> → the same change as words.
/// <c>{{ periods_of 'ward-offence-rates' }}</c> → the table's periods, earliest first.</remarks>
public sealed partial class DataFunctions
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    private void ImportPeriods(ScriptObject globals)
    {
        globals.Import("change_table", new Func<TemplateContext, string, string, ScriptObject?, RawHtml>(ChangeTable));
        globals.Import("period_change", new Func<TemplateContext, string, string, string, ScriptObject?, string>(PeriodChange));
        globals.Import("periods_of", new Func<string, ScriptArray>(name => new ScriptArray(Series(name).Periods.Select(p => p.Period))));
    }

    private TableSeries Series(string name) =>
        _data.FindSeries(name) ?? throw new DataReferenceException(_data.Find(name) is null
            ? $"unknown table '{name}'; the tables of several periods are: {string.Join(", ", _data.Series.Keys)}"
            : $"table '{name}' has one period; give it 'periods:' in the descriptor to compare periods");

    // Without 'from', the period before 'to'; none for the first period, which has nothing to compare with.
    private static (TablePeriod? From, TablePeriod To) Pick(TableSeries series, ScriptObject? options)
    {
        TablePeriod Named(string key) => series.Find(Convert.ToString(options![key], CultureInfo.InvariantCulture)!)
            ?? throw new DataReferenceException($"table '{series.Name}' has no period '{options[key]}' ('{key}'); its periods are: {series.Names}");
        var to = options?["to"] is null ? series.Latest : Named("to");
        var from = options?["from"] is null ? series.Before(to) : Named("from");
        var periods = series.Periods.ToList();
        if (from is not null && periods.IndexOf(from) >= periods.IndexOf(to))
        {
            // Compared the wrong way round, a rise would read as a fall.
            throw new DataReferenceException($"'from' ({from.Period}) must be an earlier period than 'to' ({to.Period}); the periods of table '{series.Name}', earliest first, are: {series.Names}");
        }

        return (from, to);
    }

    private RawHtml ChangeTable(TemplateContext context, string name, string field, ScriptObject? options = null)
    {
        if (_data.IsBroken(name))
        {
            return RawHtml.Empty;
        }

        var series = Series(name);
        var (from, to) = Pick(series, options);
        var index = Field(to.Table, field);
        if (!to.Table.Resource.Schema.Fields[index].IsNumeric)
        {
            throw new DataReferenceException($"field '{field}' of table '{series.Name}' is not a number, so it has no change to show");
        }

        var id = options?["id"] as string ?? $"change-{series.Name}-{field.Replace('_', '-')}";
        if (from is null)
        {
            return _components.Render(ComponentNames.PeriodChange, PeriodChangeBuilder.Nothing(to, field, id, options?["caption"] as string));
        }

        var keys = options?["rows"] is System.Collections.IEnumerable k and not string ? k.Cast<object>().Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)!).ToList() : null;
        try
        {
            var html = _components.Render(ComponentNames.PeriodChange, PeriodChangeBuilder.Build(series, field, from, to, keys, id, options?["caption"] as string, PeriodDownloads(series, from, to), _wording.NotPublished));
            foreach (var period in new[] { from, to })
            {
                Record(context, PrintedRow.Of(period.Table, keys is null ? period.Table.Rows : [.. keys.Select(k => period.Table.Find(k)).OfType<DataRow>()]));
            }

            return html;
        }
        catch (ArgumentException ex)
        {
            throw new DataReferenceException(ex.Message, ex);
        }
    }

    private string PeriodChange(TemplateContext context, string name, string key, string field, ScriptObject? options = null)
    {
        if (_data.IsBroken(name))
        {
            return string.Empty;
        }

        var series = Series(name);
        var (from, to) = Pick(series, options);
        var index = Field(to.Table, field);
        if (from is null)
        {
            return "no earlier figure to compare with";
        }

        var (earlier, later) = (Row(from.Table, key), Row(to.Table, key));
        Record(context, [new PrintedRow(from.Table.Resource.Name, key), new PrintedRow(to.Table.Resource.Name, key)]);
        if (earlier.Number(index) is not { } a || later.Number(index) is not { } b)
        {
            return "no figure to compare";
        }

        var decimals = Math.Max(NumberFormat.DecimalsOf(earlier.Raw[index]), NumberFormat.DecimalsOf(later.Raw[index]));
        return PeriodChangeBuilder.Describe(a, b, decimals).Words;
    }

    // The downloads of both periods: one file each when each period has its own, else the one file that holds them all.
    private DownloadsModel? PeriodDownloads(TableSeries series, TablePeriod from, TablePeriod to)
    {
        var perFile = series.Resource.PeriodField is null;
        var items = new[] { from, to }
            .DistinctBy(p => perFile ? p.Table.Resource.Name : series.Name)
            .SelectMany(p => (_downloads.GetValueOrDefault(p.Table.Resource.Name) ?? []).Select(d =>
                new DownloadLinkModel(_baseUrl.Link(d.Url), d.MediaType, d.Format, d.Size, perFile ? $"“{series.Resource.Title}, {p.Period}”" : $"“{series.Resource.Title}”")))
            .ToList();
        return items.Count == 0 ? null : new DownloadsModel(items);
    }
}
