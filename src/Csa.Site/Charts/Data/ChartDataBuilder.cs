using Csa.Site.Diagnostics;
using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Resolves a <see cref="ChartSpec"/> against the site's tables: finds the fields and rows, orders them, and computes
/// the reference lines and bands with the statistics library.</summary>
/// <remarks>Statistics (mean, SD, bands) are computed over every row the filters keep, before <c>top</c> cuts the list,
/// so a top-10 chart still compares each ward with the average of all wards.</remarks>
public sealed partial class ChartDataBuilder
{
    /// <summary>The most rows (bars, parts or points along the x axis) one chart draws.</summary>
    public const int MaxRows = 500;

    /// <summary>The largest magnitude a charted value may have.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The smallest magnitude, other than 0, a charted value may have.</summary>
    public const double MinMagnitude = 1e-9;

    private readonly ChartSpec _spec;
    private readonly List<ChartProblem> _problems;
    private DataTable? _derived;

    private ChartDataBuilder(ChartSpec spec, List<ChartProblem> problems)
    {
        _spec = spec;
        _problems = problems;
    }

    /// <summary>Resolves a chart's data.</summary>
    /// <param name="spec">The block.</param>
    /// <param name="data">The site's tables.</param>
    /// <param name="bandOptions">How bands and the <c>+1sd</c>/<c>+2sd</c> lines are computed.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The dataset, or <see langword="null"/> when a problem prevents drawing (or the table failed to load and was reported already).</returns>
    public static ChartDataset? Build(ChartSpec spec, SiteData data, BandOptions bandOptions, List<ChartProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(bandOptions);
        ArgumentNullException.ThrowIfNull(problems);
        if (spec.Periods is not null)
        {
            // A chart across periods is drawn from a table made for it: the periods side by side, or one row per period.
            return data.IsBroken(spec.Table) || ChartPeriods.Derive(spec, data, problems) is not { } derived
                ? null
                : new ChartDataBuilder(derived.Spec, problems) { _derived = derived.Table }.Build(data, bandOptions);
        }

        return new ChartDataBuilder(spec, problems).Build(data, bandOptions);
    }

    private ChartDataset? Build(SiteData data, BandOptions bandOptions)
    {
        if (data.IsBroken(_spec.Table))
        {
            return null;
        }

        if ((_derived ?? data.Find(_spec.Table)) is not { } table)
        {
            var names = data.Tables.Count == 0 ? $"the site has no tables ({data.Package.SitePath})" : "the tables are: " + string.Join(", ", data.Tables.Select(t => t.Resource.Name));
            Problem(ChartKeys.Table, DiagnosticCodes.UnknownChartTable, $"unknown table '{_spec.Table}'; {names}");
            return null;
        }

        if (_spec.Type == ChartType.Profile)
        {
            return BuildProfile(table, bandOptions);
        }

        var before = _problems.Count;
        var categoryKey = _spec.Type == ChartType.Line ? ChartKeys.X : ChartKeys.Category;
        var category = FindField(table, _spec.Category, categoryKey);
        var series = ResolveSeries(table);
        var selected = SelectRows(table);
        if (_problems.Count > before || category is null || selected is null)
        {
            return null;
        }

        var rows = selected.Select(r => new ChartRow(table.KeyOf(r), r.Raw[category.Value], [.. series.Select(s => r.Number(s.Index))], false, Band.None)).ToList();
        rows = Sort(rows);
        CheckMagnitudes(rows);
        if (_problems.Count > before)
        {
            return null;
        }

        var (references, bands) = ComputeReferences(rows, bandOptions);
        if (_problems.Count > before)
        {
            return null;
        }

        rows = [.. rows.Select((r, i) => r with { Band = BandOf(bands?.Bands[i] ?? Band.None) })];
        var drawn = _spec.Top is { } top ? rows.Take(top).ToList() : rows;
        drawn = Highlight(drawn, rows);
        CheckWhole(drawn, series);
        CheckRowCount(drawn);
        if (_problems.Count > before)
        {
            return null;
        }

        var field = table.Resource.Schema.Fields[category.Value];
        var id = _spec.Id ?? ("chart-" + table.Resource.Name + "-" + series[0].Field.Name.Replace('_', '-')).ToLowerInvariant();
        return new ChartDataset(_spec, id, table, field, series, drawn, rows, references, bands?.Summary, _spec.RowLabel ?? Plural(field.Title));
    }

    private List<ChartSeries> ResolveSeries(DataTable table)
    {
        var key = _spec.LineOf(ChartKeys.Value) > 0 ? ChartKeys.Value : ChartKeys.Values;
        var result = new List<ChartSeries>();
        foreach (var wanted in _spec.Series)
        {
            if (FindField(table, wanted.Field, key) is not { } index)
            {
                continue;
            }

            var field = table.Resource.Schema.Fields[index];
            if (!field.IsNumeric)
            {
                Problem(key, DiagnosticCodes.BadChartValue, $"field '{field.Name}' of table '{table.Resource.Name}' is {field.TypeName}, not numbers; a chart's values must be a number or integer field");
                continue;
            }

            var decimals = table.Rows.Select(r => NumberFormat.DecimalsOf(r.Raw[index])).DefaultIfEmpty(0).Max();
            result.Add(new ChartSeries(field, index, wanted.Label ?? field.Title, decimals));
        }

        return result;
    }

    private (List<ChartReferenceLine> Lines, (BandSummary Summary, IReadOnlyList<Band> Bands)? Bands) ComputeReferences(List<ChartRow> rows, BandOptions options)
    {
        var lines = new List<ChartReferenceLine>();
        (BandSummary Summary, IReadOnlyList<Band> Bands)? banding = null;
        if (_spec.References.Any(r => r.Kind != ChartReferenceKind.Comparator))
        {
            banding = TableBanding.Of([.. rows.Select(r => r.Values[0])], options);
            if (banding is null)
            {
                Problem(ChartKeys.Reference, DiagnosticCodes.EmptyChart, $"mean and SD lines need at least two values; the chart has {rows.Count(r => r.Values[0] is not null)}");
                return (lines, null);
            }
        }

        var bands = banding?.Summary;

        foreach (var reference in _spec.References)
        {
            lines.Add(reference.Kind switch
            {
                ChartReferenceKind.Mean => new ChartReferenceLine(reference.Kind, "Average", bands!.Mean),
                ChartReferenceKind.Above => new ChartReferenceLine(reference.Kind, SdAbove(options.AboveSds), bands!.AboveThreshold),
                ChartReferenceKind.WellAbove => new ChartReferenceLine(reference.Kind, SdAbove(options.SignificantSds), bands!.SignificantThreshold),
                _ => new ChartReferenceLine(reference.Kind, reference.Label!, reference.Value!.Value),
            });
        }

        return (lines, banding);
    }

    /// <summary>Names a threshold in words: <c>1 SD above average</c>.</summary>
    private static string SdAbove(double sds) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sds:0.##} SD above average");

    /// <summary>Keeps a row's band only where the chart draws its threshold line.</summary>
    private Band BandOf(Band band)
    {
        var above = _spec.References.Any(r => r.Kind == ChartReferenceKind.Above);
        var wellAbove = _spec.References.Any(r => r.Kind == ChartReferenceKind.WellAbove);
        return band switch
        {
            Band.Significant when wellAbove => Band.Significant,
            Band.Significant or Band.Above when above => Band.Above,
            _ => Band.None,
        };
    }

    private void Problem(string key, string code, string message) => _problems.Add(new ChartProblem(_spec.LineOf(key), code, message));

    /// <summary>Makes a field title a plural for sentences: <c>Ward</c> → <c>wards</c>, <c>Kind of incident</c> → <c>kinds of incident</c>.</summary>
    private static string Plural(string title)
    {
        var lower = title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
        var of = lower.IndexOf(" of ", StringComparison.Ordinal);
        var (head, tail) = of > 0 ? (lower[..of], lower[of..]) : (lower, string.Empty);
        return (head.EndsWith('s') ? head : head + "s") + tail;
    }
}
