using System.Globalization;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Selects, orders, cuts and highlights a chart's rows.</summary>
public sealed partial class ChartDataBuilder
{
    private int? FindField(DataTable table, string name, string key)
    {
        var index = table.Resource.Schema.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        Problem(key, DiagnosticCodes.UnknownChartReference, $"table '{table.Resource.Name}' has no field '{name}'; its fields are: {string.Join(", ", table.Resource.Schema.Fields.Select(f => f.Name))}");
        return null;
    }

    private List<DataRow>? SelectRows(DataTable table)
    {
        if (table.Rows.Count == 0)
        {
            Problem(ChartKeys.Table, DiagnosticCodes.EmptyChart, $"table '{table.Resource.Name}' has no rows to chart");
            return null;
        }

        var rows = table.Rows.ToList();
        if (_spec.Rows is { } keys)
        {
            var missing = keys.Where(k => table.Find(k) is null).ToList();
            if (missing.Count > 0)
            {
                var keyFields = string.Join(", ", table.Resource.Schema.PrimaryKey);
                Problem(ChartKeys.Rows, DiagnosticCodes.UnknownChartReference, $"table '{table.Resource.Name}' has no row with key {string.Join(", ", missing.Select(k => $"'{k}'"))} ({keyFields})");
                return null;
            }

            rows = [.. keys.Select(k => table.Find(k)!)];
        }

        foreach (var (name, value) in _spec.Where)
        {
            if (FindField(table, name, ChartKeys.Where) is not { } index)
            {
                return null;
            }

            rows = [.. rows.Where(r => string.Equals(r.Raw[index], value, StringComparison.Ordinal))];
        }

        if (rows.Count == 0)
        {
            var filter = string.Join(" and ", _spec.Where.Select(kv => $"{kv.Key} is '{kv.Value}'"));
            Problem(ChartKeys.Where, DiagnosticCodes.EmptyChart, $"no row of table '{table.Resource.Name}' has {filter}");
            return null;
        }

        return rows;
    }

    private List<ChartRow> Sort(List<ChartRow> rows) => _spec.Sort switch
    {
        ChartSortOrder.Descending => [.. rows.OrderByDescending(r => r.Values[0] ?? double.NegativeInfinity)],
        ChartSortOrder.Ascending => [.. rows.OrderBy(r => r.Values[0] ?? double.PositiveInfinity)],
        _ => rows,
    };

    private List<ChartRow> Highlight(List<ChartRow> drawn, List<ChartRow> all)
    {
        var unknown = _spec.Highlight.Where(h => !drawn.Any(r => Matches(r, h))).ToList();
        if (unknown.Count > 0)
        {
            var where = all.Count > drawn.Count ? $"the {drawn.Count} drawn" : "the chart's";
            var names = string.Join(", ", drawn.Select(r => r.Label));
            Problem(ChartKeys.Highlight, DiagnosticCodes.UnknownChartReference, $"cannot highlight {string.Join(", ", unknown.Select(u => $"'{u}'"))}: not among {where} categories ({names})");
            return drawn;
        }

        return [.. drawn.Select(r => r with { Highlighted = _spec.Highlight.Any(h => Matches(r, h)) })];
    }

    private void CheckWhole(List<ChartRow> rows, List<ChartSeries> series)
    {
        if (_spec.Type != ChartType.PartToWhole || series.Count == 0)
        {
            return;
        }

        var bad = rows.FirstOrDefault(r => r.Values[0] is not ({ } v and >= 0));
        if (bad is not null)
        {
            var what = bad.Values[0] is { } v ? "is negative (" + v.ToString(CultureInfo.InvariantCulture) + ")" : "has no value";
            Problem(ChartKeys.Value, DiagnosticCodes.BadChartValue, $"a part-to-whole chart needs a value of 0 or more for every part; '{bad.Label}' {what}");
        }
        else if (rows.Sum(r => r.Values[0]!.Value) <= 0)
        {
            Problem(ChartKeys.Value, DiagnosticCodes.BadChartValue, "a part-to-whole chart needs a total above 0");
        }
    }

    private void CheckRowCount(List<ChartRow> drawn)
    {
        if (drawn.Count > MaxRows)
        {
            var key = _spec.LineOf(ChartKeys.Top) > 0 ? ChartKeys.Top : ChartKeys.Table;
            Problem(key, DiagnosticCodes.UndrawableChart, $"the chart would draw {drawn.Count.ToString("N0", CultureInfo.InvariantCulture)} rows; a chart draws at most {MaxRows} (choose fewer with 'top:', 'rows:' or 'where:')");
        }
    }

    private void CheckMagnitudes(List<ChartRow> all)
    {
        // Mean and SD lines are computed from every row, so every row must be on a scale a float can hold.
        var odd = all.SelectMany(r => r.Values.Select(v => (Row: r, Value: v))).FirstOrDefault(x => x.Value is { } v && (Math.Abs(v) > MaxMagnitude || (v != 0 && Math.Abs(v) < MinMagnitude)));
        if (odd.Row is not null)
        {
            var key = _spec.LineOf(ChartKeys.Value) > 0 ? ChartKeys.Value : ChartKeys.Values;
            Problem(key, DiagnosticCodes.UndrawableChart, $"'{odd.Row.Label}' has the value {odd.Value!.Value.ToString("R", CultureInfo.InvariantCulture)}, which a chart cannot put on a scale; charts draw 0 and values from {MinMagnitude.ToString("R", CultureInfo.InvariantCulture)} to {MaxMagnitude.ToString("N0", CultureInfo.InvariantCulture)} either side of 0");
        }
    }

    private static bool Matches(ChartRow row, string name) =>
        string.Equals(row.Label, name, StringComparison.Ordinal) || string.Equals(row.Key, name, StringComparison.Ordinal);
}
