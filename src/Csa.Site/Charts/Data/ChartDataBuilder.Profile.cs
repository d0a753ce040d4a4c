using Csa.Site.Diagnostics;
using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Resolves a profile chart: one row's value in each measure against every row's range, average and bands.</summary>
/// <remarks>Bands come from <see cref="TableBanding.Column"/>, as the <c>profile</c> and <c>table</c> functions compute them,
/// so the chart and the page's table always band a row alike.</remarks>
public sealed partial class ChartDataBuilder
{
    private ChartDataset? BuildProfile(DataTable table, BandOptions bandOptions)
    {
        var before = _problems.Count;
        var category = FindField(table, _spec.Category, ChartKeys.Category);
        var row = _spec.Row is { } key ? table.Find(key) : null;
        if (_spec.Row is not null && row is null)
        {
            var keyFields = string.Join(", ", table.Resource.Schema.PrimaryKey);
            Problem(ChartKeys.Row, DiagnosticCodes.UnknownChartReference, $"table '{table.Resource.Name}' has no row with key '{_spec.Row}' ({keyFields})");
        }

        var series = _spec.Series.Count > 0 ? ResolveSeries(table) : AllMeasures(table);
        if (_problems.Count > before || category is null || row is null)
        {
            return null;
        }

        if (series.Count == 0)
        {
            Problem(ChartKeys.Table, DiagnosticCodes.EmptyChart, $"table '{table.Resource.Name}' has no numeric fields to profile");
            return null;
        }

        var measures = new List<ChartProfileMeasure>();
        var index = table.IndexOf(row);
        foreach (var s in series)
        {
            if (TableBanding.Column(table.Rows, s.Index, bandOptions) is not { } banding)
            {
                Problem(ChartKeys.Table, DiagnosticCodes.EmptyChart, $"field '{s.Field.Name}' needs at least two values for its average and bands");
                return null;
            }

            var present = table.Rows.Select(r => r.Number(s.Index)).OfType<double>().ToList();
            var rank = RowRank.For(table, row, s.Index)?.Words;
            measures.Add(new ChartProfileMeasure(s.Label, row.Number(s.Index), present.Min(), present.Max(), banding.Summary, banding.Bands[index], s.Decimals, rank));
        }

        var rows = measures.Select((m, i) => new ChartRow(series[i].Field.Name, m.Label, [m.Value], false, m.Band)).ToList();
        CheckMagnitudes(rows);
        CheckRowCount(rows);
        if (_problems.Count > before)
        {
            return null;
        }

        var field = table.Resource.Schema.Fields[category.Value];
        var id = _spec.Id ?? ("chart-" + table.Resource.Name + "-profile").ToLowerInvariant();
        return new ChartDataset(_spec, id, table, field, series, rows, rows, [], null, _spec.RowLabel ?? Plural(field.Title)) { Measures = measures };
    }

    private static List<ChartSeries> AllMeasures(DataTable table)
    {
        var schema = table.Resource.Schema;
        return [.. schema.Fields
            .Select((f, i) => (Field: f, Index: i))
            .Where(x => x.Field.IsNumeric && !schema.PrimaryKey.Contains(x.Field.Name))
            .Select(x => new ChartSeries(x.Field, x.Index, x.Field.Title, table.Rows.Select(r => NumberFormat.DecimalsOf(r.Raw[x.Index])).DefaultIfEmpty(0).Max()))];
    }
}
