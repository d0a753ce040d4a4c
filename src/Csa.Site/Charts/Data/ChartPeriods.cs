using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Makes the table a chart across periods draws (<c>periods:</c> in a chart block, for a table of several periods).</summary>
/// <remarks>A <c>paired</c> chart compares one field in two periods: each row of the later period with its two figures
/// side by side. A <c>line</c> chart follows one field over two or more periods (<c>all</c> for every one): one point per
/// period, one line per row (<c>rows:</c> or <c>where:</c> choose them; at most six). When the descriptor notes that the
/// figures' definition changed between the periods drawn, the chart's summary says so.</remarks>
public static class ChartPeriods
{
    /// <summary>The name of the period field of a line chart across periods.</summary>
    public const string PeriodField = "period";

    /// <summary>The most rows one line chart across periods follows.</summary>
    public const int MaxLines = 6;

    /// <summary>Makes the chart's table and the spec that draws it.</summary>
    /// <param name="spec">The block, with <see cref="ChartSpec.Periods"/> set.</param>
    /// <param name="data">The site's tables.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The spec and table, or <see langword="null"/> after a problem.</returns>
    public static (ChartSpec Spec, DataTable Table)? Derive(ChartSpec spec, SiteData data, List<ChartProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(problems);
        void Problem(string key, string code, string message) => problems.Add(new ChartProblem(spec.LineOf(key), code, message));
        if (data.FindSeries(spec.Table) is not { } series)
        {
            var names = data.Series.Count == 0 ? "no table has several periods ('periods:' in the descriptor)" : "the tables of several periods are: " + string.Join(", ", data.Series.Keys);
            Problem(ChartKeys.Table, DiagnosticCodes.UnknownChartTable, $"'periods:' needs a table of several periods, not '{spec.Table}'; {names}");
            return null;
        }

        var before = problems.Count;
        var periods = new List<TablePeriod>();
        foreach (var name in spec.Periods!)
        {
            if (name == "all")
            {
                periods.AddRange(series.Periods);
            }
            else if (series.Find(name) is { } period)
            {
                periods.Add(period);
            }
            else
            {
                Problem(ChartKeys.Periods, DiagnosticCodes.UnknownChartReference, $"table '{series.Name}' has no period '{name}'; its periods are: {series.Names}");
            }
        }

        var wanted = spec.Type == ChartType.Paired ? "exactly two periods, earlier first" : "two or more periods, earlier first, or 'all'";
        if (problems.Count > before || (spec.Type == ChartType.Paired ? periods.Count != 2 : periods.Count < 2) || periods.Distinct().Count() != periods.Count || !InOrder(series, periods))
        {
            if (problems.Count == before)
            {
                Problem(ChartKeys.Periods, DiagnosticCodes.BadChartSetting, $"a {ChartKeys.NameOf(spec.Type)} chart across periods needs {wanted}; the periods of '{series.Name}' are: {series.Names}");
            }

            return null;
        }

        var latest = periods[^1].Table;
        var field = spec.Series.Count == 1 ? spec.Series[0].Field : string.Empty;
        var index = latest.Resource.Schema.IndexOf(field);
        if (index < 0 || !latest.Resource.Schema.Fields[index].IsNumeric)
        {
            Problem(ChartKeys.Value, index < 0 ? DiagnosticCodes.UnknownChartReference : DiagnosticCodes.BadChartValue,
                $"'value: {field}' must be a numeric field of table '{series.Name}'; its fields are: {string.Join(", ", latest.Resource.Schema.Fields.Select(f => f.Name))}");
            return null;
        }

        var notes = series.DefinitionChanges(periods[0], periods[^1]).Select(p => $"The figures are not counted the same way in every year: from {p.Period}, {LowerFirst(p.Definition!)}").ToList();
        var id = spec.Id ?? $"chart-{series.Name}-{field.Replace('_', '-')}-{periods[0].Slug}-to-{periods[^1].Slug}";
        return spec.Type == ChartType.Paired ? Paired(spec, series, periods, index, notes, id) : Line(spec, series, periods, index, notes, id, problems);
    }

    private static (ChartSpec, DataTable) Paired(ChartSpec spec, TableSeries series, List<TablePeriod> periods, int index, List<string> notes, string id)
    {
        var (from, to) = (periods[0], periods[1]);
        var schema = to.Table.Resource.Schema;
        var kept = Enumerable.Range(0, schema.Fields.Count).Where(i => !schema.Fields[i].IsNumeric || schema.PrimaryKey.Contains(schema.Fields[i].Name)).ToList();
        var measure = schema.Fields[index];
        var names = new[] { from, to }.Select(p => $"{measure.Name}_{p.Slug.Replace('-', '_')}").ToList();
        var fields = kept.Select(i => schema.Fields[i])
            .Concat(names.Select((n, i) => measure with { Name = n, Title = periods[i].Period }))
            .ToList();
        var rows = to.Table.Rows.Select(r =>
        {
            var earlier = from.Table.Find(to.Table.KeyOf(r));
            return new DataRow(r.Line, [.. kept.Select(i => r.Raw[i]), earlier?.Raw[index] ?? string.Empty, r.Raw[index]], [.. kept.Select(i => r.Values[i]), earlier?.Values[index], r.Values[index]]);
        }).ToList();
        var table = Table(to, schema with { Fields = fields }, $"{from.Period} and {to.Period}", rows);
        var derived = spec with
        {
            Series = [new ChartSeriesSpec(names[0], from.Period), new ChartSeriesSpec(names[1], to.Period)],
            Notes = notes,
            Id = id,
            KeyLines = Relabel(spec.KeyLines, ChartKeys.Value, ChartKeys.Values),
        };
        return (derived, table);
    }

    private static (ChartSpec, DataTable)? Line(ChartSpec spec, TableSeries series, List<TablePeriod> periods, int index, List<string> notes, string id, List<ChartProblem> problems)
    {
        var latest = periods[^1].Table;
        var schema = latest.Resource.Schema;
        var keys = spec.Rows ?? [.. latest.Rows.Where(r => spec.Where.All(w => schema.IndexOf(w.Key) is var i && i >= 0 && r.Raw[i] == w.Value)).Select(latest.KeyOf)];
        var unknown = keys.Where(k => periods.All(p => p.Table.Find(k) is null)).ToList();
        if (unknown.Count > 0 || keys.Count == 0 || keys.Count > MaxLines)
        {
            var message = unknown.Count > 0
                ? $"table '{series.Name}' has no row '{unknown[0]}' in the periods drawn"
                : $"a line chart across periods follows 1 to {MaxLines} rows, one line each; name them with 'rows:' (this one has {keys.Count})";
            problems.Add(new ChartProblem(spec.LineOf(spec.Rows is null ? ChartKeys.Where : ChartKeys.Rows) is > 0 and var l ? l : spec.LineOf(ChartKeys.Periods), unknown.Count > 0 ? DiagnosticCodes.UnknownChartReference : DiagnosticCodes.BadChartSetting, message));
            return null;
        }

        var measure = schema.Fields[index];
        var periodField = new TableField(PeriodField, "Period", FieldType.String, null, null, 0);
        var fields = new List<TableField> { periodField };
        fields.AddRange(keys.Select((k, i) => measure with { Name = $"row_{i}", Title = k }));
        var rows = periods.Select((p, n) =>
        {
            var found = keys.Select(k => p.Table.Find(k)).ToList();
            return new DataRow(n + 1, [p.Period, .. found.Select(r => r?.Raw[index] ?? string.Empty)], [p.Period, .. found.Select(r => r?.Values[index])]);
        }).ToList();
        var table = Table(periods[^1], new TableSchema(fields, [PeriodField], schema.MissingValues), $"{periods[0].Period} to {periods[^1].Period}", rows);
        var derived = spec with
        {
            Category = PeriodField,
            Series = [.. keys.Select((k, i) => new ChartSeriesSpec($"row_{i}", k))],
            Rows = null,
            Where = new Dictionary<string, string>(),
            Notes = notes,
            Id = id,
            RowLabel = spec.RowLabel ?? "periods",
        };
        return (derived, table);
    }

    // The chart's table keeps the latest period's name, so its downloads are the ones the chart links to.
    private static DataTable Table(TablePeriod latest, TableSchema schema, string period, IReadOnlyList<DataRow> rows)
    {
        var resource = latest.Table.Resource with { Schema = schema, Period = period };
        return new DataTable(resource, rows, latest.Table.SitePath, latest.Table.CsvText);
    }

    private static bool InOrder(TableSeries series, List<TablePeriod> periods)
    {
        var positions = periods.Select(p => series.Periods.ToList().IndexOf(p)).ToList();
        return positions.Zip(positions.Skip(1)).All(x => x.First < x.Second);
    }

    private static Dictionary<string, int> Relabel(IReadOnlyDictionary<string, int> lines, string from, string to)
    {
        var result = lines.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        if (result.TryGetValue(from, out var line))
        {
            result[to] = line;
        }

        return result;
    }

    private static string LowerFirst(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
