using Csa.Site.Diagnostics;
using Csa.Site.Yaml;

namespace Csa.Site.Charts;

/// <summary>Reads the YAML body of a <c>chart</c> block into a <see cref="ChartSpec"/>, collecting every problem with its line.</summary>
/// <remarks>Defaults: <c>sort</c> is <c>descending</c> for ranked bars and <c>none</c> (table order) otherwise; <c>top</c>,
/// <c>reference</c>, <c>highlight</c>, <c>where</c> and <c>rows</c> are empty; <c>id</c> is derived from the table and value;
/// a profile's <c>values</c> are every numeric field that is not part of the key.</remarks>
public sealed partial class ChartSpecReader
{
    private readonly YamlMap _map;
    private readonly YamlSettings _settings;
    private readonly List<ChartProblem> _problems;

    private ChartSpecReader(YamlMap map, List<ChartProblem> problems)
    {
        _map = map;
        _problems = problems;
        _settings = new YamlSettings(map, (line, message) => problems.Add(new ChartProblem(line, DiagnosticCodes.BadChartSetting, message)));
    }

    /// <summary>Reads a chart block's body.</summary>
    /// <param name="yaml">The text between the fences.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The spec, or <see langword="null"/> when a problem prevents drawing the chart.</returns>
    public static ChartSpec? Read(string yaml, List<ChartProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        YamlMap map;
        try
        {
            // A value a page printed into the block has its '<' written '&lt;' (so it cannot open HTML): here it is the character.
            map = YamlReader.ReadMapping((yaml ?? string.Empty).Replace("&lt;", "<", StringComparison.Ordinal));
        }
        catch (YamlParseException ex)
        {
            problems.Add(new ChartProblem(ex.Line, DiagnosticCodes.BadChartBlock, "the chart block is not valid YAML: " + ex.Message));
            return null;
        }

        if (map.Values.Count == 0)
        {
            problems.Add(new ChartProblem(0, DiagnosticCodes.BadChartBlock, "the chart block is empty; write 'key: value' lines: type, table, category, value, title and subtitle at least"));
            return null;
        }

        return new ChartSpecReader(map, problems).Read();
    }

    private ChartSpec? Read()
    {
        var before = _problems.Count;
        var type = ReadType();
        CheckKnownSettings(type);
        var table = Text(ChartKeys.Table, "the name of a table in content/data");
        var periods = _map.Values.ContainsKey(ChartKeys.Periods) ? TextList(ChartKeys.Periods) : null;
        var category = type == ChartType.Line
            ? (periods is null ? Text(ChartKeys.X, "the field along the x axis, e.g. a year") : ChartPeriods.PeriodField)
            : Text(ChartKeys.Category, "the field that labels each bar");
        var series = periods is not null && type is ChartType.Paired or ChartType.Line
            ? Text(ChartKeys.Value, "the numeric field compared between the periods") is { } compared ? [new ChartSeriesSpec(compared, null)] : []
            : ReadSeries(type);
        var title = Text(ChartKeys.Title, "the headline: the chart's main message");
        var subtitle = Text(ChartKeys.Subtitle, "the measure, place and period");
        var sort = ReadSort(type);
        var top = PositiveInteger(ChartKeys.Top);
        var references = ReadReferences();
        var highlight = TextList(ChartKeys.Highlight);
        var where = TextMap(ChartKeys.Where);
        var rows = _map.Values.ContainsKey(ChartKeys.Rows) ? TextList(ChartKeys.Rows) : null;
        var id = ReadId();
        var rowLabel = Text(ChartKeys.RowLabel, null);
        var row = type == ChartType.Profile ? Text(ChartKeys.Row, "the key of the row to show against all rows, e.g. a ward's name") : null;
        if (_problems.Count > before || type is null || table is null || category is null || title is null || subtitle is null)
        {
            return null;
        }

        return new ChartSpec
        {
            Type = type.Value,
            Table = table,
            Category = category,
            Series = series,
            Title = title,
            Subtitle = subtitle,
            Sort = sort,
            Top = top,
            References = references,
            Highlight = highlight,
            Where = where,
            Rows = rows,
            Id = id,
            RowLabel = rowLabel,
            Row = row,
            KeyLines = _map.KeyLines,
            Periods = periods,
        };
    }

    private ChartType? ReadType()
    {
        var names = string.Join(", ", ChartKeys.Types.Keys);
        if (!_map.Values.TryGetValue(ChartKeys.Type, out var value) || value is null)
        {
            Problem(0, DiagnosticCodes.UnknownChartType, $"the chart block has no 'type:'; the types are: {names}");
            return null;
        }

        var text = ScalarText(value);
        if (text is not null && ChartKeys.Types.TryGetValue(text, out var type))
        {
            return type;
        }

        Problem(_map.LineOf(ChartKeys.Type), DiagnosticCodes.UnknownChartType, $"unknown chart type '{text ?? "(not text)"}'; the types are: {names}");
        return null;
    }

    private void CheckKnownSettings(ChartType? type)
    {
        var known = type is { } t ? ChartKeys.SettingsOf(t) : [.. ChartKeys.Types.Values.SelectMany(ChartKeys.SettingsOf).Distinct()];
        foreach (var key in _map.Values.Keys.Where(k => !known.Contains(k)))
        {
            var what = type is { } t2 ? $"a {ChartKeys.NameOf(t2)} chart" : "any chart";
            Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"'{key}' is not a setting of {what}; the settings are: {string.Join(", ", known)}");
        }
    }

    private List<ChartSeriesSpec> ReadSeries(ChartType? type)
    {
        switch (type)
        {
            case ChartType.RankedBars or ChartType.PartToWhole:
                return Text(ChartKeys.Value, "the numeric field the bars show") is { } field ? [new ChartSeriesSpec(field, null)] : [];
            case ChartType.Paired:
                var pair = SeriesList(ChartKeys.Values, required: true);
                if (pair.Count is not 2 && _map.Values.ContainsKey(ChartKeys.Values))
                {
                    Problem(_map.LineOf(ChartKeys.Values), DiagnosticCodes.BadChartSetting, $"a paired chart compares exactly two value fields; 'values:' lists {pair.Count}");
                }

                return pair;
            case ChartType.Line when _map.Values.ContainsKey(ChartKeys.Value) && _map.Values.ContainsKey(ChartKeys.Values):
                Problem(_map.LineOf(ChartKeys.Values), DiagnosticCodes.BadChartSetting, "write either 'value:' (one line) or 'values:' (several), not both");
                return [];
            case ChartType.Line when _map.Values.ContainsKey(ChartKeys.Value):
                return Text(ChartKeys.Value, null) is { } one ? [new ChartSeriesSpec(one, null)] : [];
            case ChartType.Line:
                return SeriesList(ChartKeys.Values, required: true);
            case ChartType.Profile:
                // Every numeric field but the key unless 'values:' lists some; resolved against the table.
                return SeriesList(ChartKeys.Values, required: false);
            default:
                return [];
        }
    }

    private ChartSortOrder ReadSort(ChartType? type)
    {
        var fallback = type == ChartType.RankedBars ? ChartSortOrder.Descending : ChartSortOrder.None;
        // A line chart follows its x field in table order; 'sort' there is reported as an unknown setting.
        var text = type == ChartType.Line ? null : Text(ChartKeys.Sort, null);
        if (text is null)
        {
            return fallback;
        }

        if (ChartKeys.SortOrders.TryGetValue(text, out var order))
        {
            return order;
        }

        Problem(_map.LineOf(ChartKeys.Sort), DiagnosticCodes.BadChartSetting, $"'sort: {text}' is not an order; write descending, ascending or none");
        return fallback;
    }

    private string? ReadId()
    {
        var id = Text(ChartKeys.Id, null);
        if (id is not null && !IsIdentifier(id))
        {
            Problem(_map.LineOf(ChartKeys.Id), DiagnosticCodes.BadChartSetting, $"'id: {id}' is not a usable id; start with a letter and use only letters, digits, '-' and '_'");
            return null;
        }

        return id;
    }

    private void Problem(int line, string code, string message) => _problems.Add(new ChartProblem(line, code, message));
}
