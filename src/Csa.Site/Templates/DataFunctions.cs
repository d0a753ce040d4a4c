using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Configuration;
using Csa.Site.Statistics;
using Csa.Site.Tables;
using Scriban;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides the data functions of templates and pages: tables, figures and derived statistics.</summary>
/// <remarks>Examples, with the default Lichfield data:
/// <c>{{ figure 'ward-offence-rates' 'Stowe' 'all_crime' }}</c> → <c>182.6</c>;
/// <c>{{ figure 'indicators' 'population-lichfield' 'value' }}</c> → <c>103,965</c>;
/// <c>{{ table 'ward-offence-rates' { bands: true, sort: 'all_crime', descending: true } }}</c> → an accessible HTML table;
/// <c>{{ downloads 'ward-offence-rates' }}</c> → the CSV, JSON and ODS links with sizes;
/// <c>{{ num 103965 }}</c> → <c>103,965</c>; <c>{{ num 21.66 1 }}</c> → <c>21.7</c>;
/// <c>{{ percent 525 1310 }}</c> → <c>40</c>; <c>{{ rate 260 103965 }}</c> → <c>2.5</c> (per 1,000, one decimal);
/// <c>{{ compare 21.7 32.6 }}</c> → <c>lower than</c>; <c>{{ compare 3.9 4.0 0.05 }}</c> → <c>about the same as</c> (within 5% of the comparator); <c>{{ change 100 90 }}</c> → <c>-10</c>;
/// <c>{{ rate_ci 2250 103965 }}</c> → <c>21.6 (95% confidence interval 20.8 to 22.6)</c> (Byar's method; exact Poisson below 10 events);
/// <c>{{ significance 2250 103965 32.6 }}</c> → <c>significantly lower than</c> (the comparator lies outside the 95% interval);
/// <c>{{ (band 'ward-offence-rates' 'Stowe' 'all_crime') }}</c> → <c>well above average</c>;
/// <c>{{ rank 'ward-offence-rates' 'Stowe' 'all_crime' }}</c> → <c>1</c>;
/// <c>{{ rank_words 'ward-offence-rates' 'Stowe' 'all_crime' }}</c> → <c>highest</c> (or e.g. <c>joint 18th highest</c>);
/// <c>{{ ordinal 22 }}</c> → <c>22nd</c>; <c>{{ date_words '2026-12-01' }}</c> → <c>1 December 2026</c>; <c>{{ mean 'ward-offence-rates' 'all_crime' 1 }}</c> → the column's average, <c>59.5</c>;
/// <c>{{ band_summary 'ward-offence-rates' 'Stowe' { row_label: 'wards' } }}</c> → "Compared with the other wards, Stowe is: well above average for all crime, …";
/// <c>{{ profile 'ward-offence-rates' 'Stowe' { row_label: 'wards' } }}</c> → a table of Stowe's rates against the ward average, with bands and ranks;
/// <c>{{ datasets_jsonld }}</c> → a schema.org <c>Dataset</c> JSON-LD script element describing every table.</remarks>
public sealed partial class DataFunctions
{
    private readonly SiteData _data;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> _downloads;
    private readonly BaseUrl _baseUrl;
    private readonly BandOptions _bandOptions;
    private readonly ComponentRenderer _components;
    private readonly WordingModel _wording;
    private readonly PrintedRows _printed;
    private readonly Lazy<RowAnchors> _anchors;

    /// <summary>Initializes a new instance of the <see cref="DataFunctions"/> class.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="bandOptions">How bands are computed (from <c>statistics:</c> in <c>site.yml</c>).</param>
    /// <param name="components">The theme's components, which render tables, profiles and downloads.</param>
    /// <param name="wording">The site's wording (from <c>wording:</c> in <c>site.yml</c>).</param>
    /// <param name="printed">Where the rows each page printed are noted, shared with the chart renderer; a new log when <see langword="null"/>.</param>
    public DataFunctions(SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads, BaseUrl baseUrl, BandOptions bandOptions, ComponentRenderer components, WordingModel wording, PrintedRows? printed = null)
    {
        _printed = printed ?? new PrintedRows();
        _anchors = new Lazy<RowAnchors>(() => new RowAnchors(data));
        _components = components;
        _wording = wording;
        _data = data;
        _downloads = downloads;
        _baseUrl = baseUrl;
        _bandOptions = bandOptions;
    }

    /// <summary>Adds the functions to a script object.</summary>
    /// <param name="globals">The object to add them to.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    public void ImportInto(ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        globals.Import("table", new Func<TemplateContext, string, ScriptObject?, RawHtml>(Table));
        globals.Import("downloads", new Func<string, RawHtml>(Downloads));
        globals.Import("figure", new Func<TemplateContext, string, string, string, string>(Figure));
        globals.Import("figure_sources", new Func<TemplateContext, RawHtml>(FigureSources));
        globals.Import("data_rows", new Func<TemplateContext, string, RawHtml>(DataRows));
        globals.Import("num", new Func<double, int, string>(Num));
        globals.Import("percent", new Func<double, double, int, string>(Percent));
        globals.Import("rate", new Func<double, double, double, int, string>(Rate));
        globals.Import("compare", new Func<double, double, double, string>(Compare));
        globals.Import("change", new Func<double, double, double?>(Changes.PercentChange));
        globals.Import("rate_ci", new Func<double, double, double, int, string>(RateInterval));
        globals.Import("significance", new Func<double, double, double, double, string>(Significance));
        globals.Import("band", new Func<TemplateContext, string, string, string, string>(BandOf));
        globals.Import("band_summary", new Func<TemplateContext, string, string, ScriptObject?, RawHtml>(BandSummary));
        globals.Import("profile", new Func<TemplateContext, string, string, ScriptObject?, RawHtml>(Profile));
        globals.Import("row_finder", new Func<TemplateContext, string, ScriptObject?, RawHtml>(RowFinder));
        globals.Import("note", new Func<string, string, ScriptArray?, RawHtml>(Note));
        globals.Import("mean", new Func<TemplateContext, string, string, int, string>(MeanOf));
        globals.Import("rank_words", new Func<TemplateContext, string, string, string, string>(RankWords));
        globals.Import("ordinal", new Func<int, string>(RowRank.Ordinal));
        globals.Import("date_words", new Func<object?, string>(DateWords));
        globals.Import("rank", new Func<TemplateContext, string, string, string, int>(RankOf));
        ImportPeriods(globals);
        globals.Import("datasets_jsonld", new Func<RawHtml>(() => _components.RenderAsWritten(ComponentNames.DatasetJsonLd, new DatasetJsonLdModel(new RawHtml(DatasetJsonLd.Build(_data, _downloads, _baseUrl.Absolute)), _data.Tables.Count))));
    }

    private static string Num(double value, int decimals = 0) => NumberFormat.Format(value, decimals);

    private static string Percent(double part, double total, int decimals = 0) => NumberFormat.Format(Shares.Percent(part, total), decimals);

    private static string Rate(double count, double population, double per = Rates.PerThousand, int decimals = 1) =>
        NumberFormat.Format(Rates.Rate(count, population, per), decimals);

    private static string RateInterval(double count, double population, double per = Rates.PerThousand, int decimals = 1)
    {
        var ci = ConfidenceIntervals.ForRate(count, population, ConfidenceLevel.NinetyFive, per);
        return $"{NumberFormat.Format(ci.Rate, decimals)} (95% confidence interval {NumberFormat.Format(ci.Lower, decimals)} to {NumberFormat.Format(ci.Upper, decimals)})";
    }

    private static string Significance(double count, double population, double comparatorRate, double per = Rates.PerThousand) =>
        SignificanceComparisons.Describe(SignificanceComparisons.Compare(ConfidenceIntervals.ForRate(count, population, ConfidenceLevel.NinetyFive, per), comparatorRate));

    private static string Compare(double value, double comparator, double tolerance = 0) =>
        Comparisons.Describe(Comparisons.Classify(value, comparator, tolerance));

    private DataTable Find(string name) =>
        _data.Find(name) ?? throw new DataReferenceException(_data.FindSeries(name) is { } series
            ? $"table '{series.Name}' has no period '{name[(name.IndexOf('@', StringComparison.Ordinal) + 1)..]}'; its periods are: {series.Names}"
            : $"unknown table '{name}'; the tables are: {string.Join(", ", _data.Tables.Select(t => t.Resource.Name))}");

    private static int Field(DataTable table, string field)
    {
        var index = table.Resource.Schema.IndexOf(field);
        return index >= 0 ? index : throw new DataReferenceException($"table '{table.Resource.Name}' has no field '{field}'; its fields are: {string.Join(", ", table.Resource.Schema.Fields.Select(f => f.Name))}");
    }

    private static DataRow Row(DataTable table, string key) =>
        table.Find(key) ?? throw new DataReferenceException($"table '{table.Resource.Name}' has no row with key '{key}' ({string.Join(", ", table.Resource.Schema.PrimaryKey)})");

    /// <summary>Writes a date as people write it: <c>2026-12-01</c> (as YAML gives it) becomes <c>1 December 2026</c>.</summary>
    /// <param name="value">A date written YYYY-MM-DD, a date value, or text already in words (printed as it is).</param>
    /// <returns>The date in words, or the value's text when it is not a YYYY-MM-DD date.</returns>
    public static string DateWords(object? value)
    {
        var date = value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => (DateOnly?)null,
        };
        return date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
