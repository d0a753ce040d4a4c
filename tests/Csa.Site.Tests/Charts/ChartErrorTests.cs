using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests that every chart mistake is an error at the block's line in the page, and the previous output stays.</summary>
public sealed class ChartErrorTests
{
    // The page's body starts on line 4 and its chart fence is on line 6, so the block's first setting is on line 7.
    private const string Good = "type: ranked-bars\ntable: ward-rates\ncategory: ward\nvalue: all_crime\ntitle: T\nsubtitle: S";

    public static TheoryData<string, string, int, string> Faults => new()
    {
        { "type: ranked-bars\ntable: 'ward-rates", DiagnosticCodes.BadChartBlock, 8, "the chart block is not valid YAML" },
        { "type: [ranked-bars\ntable: ward-rates", DiagnosticCodes.BadChartBlock, 7, "left unclosed" },
        { "- type\n- table", DiagnosticCodes.BadChartBlock, 7, "expected a mapping" },
        { Good.Replace("type: ranked-bars", "type: pie", StringComparison.Ordinal), DiagnosticCodes.UnknownChartType, 7, "unknown chart type 'pie'; the types are: ranked-bars, paired, part-to-whole, line, profile" },
        { Good.Replace("table: ward-rates", "table: ward-ratez", StringComparison.Ordinal), DiagnosticCodes.UnknownChartTable, 8, "unknown table 'ward-ratez'; the tables are: ward-rates, area-rates, trend, makeup" },
        { Good.Replace("value: all_crime", "value: robbery", StringComparison.Ordinal), DiagnosticCodes.UnknownChartReference, 10, "table 'ward-rates' has no field 'robbery'; its fields are: ward, all_crime, burglary" },
        { Good.Replace("value: all_crime", "value: ward", StringComparison.Ordinal), DiagnosticCodes.BadChartValue, 10, "field 'ward' of table 'ward-rates' is string, not numbers" },
        { Good.Replace("title: T\n", string.Empty, StringComparison.Ordinal), DiagnosticCodes.BadChartSetting, 6, "the chart block has no 'title:' (the headline: the chart's main message)" },
        { Good + "\ntop: ten", DiagnosticCodes.BadChartSetting, 13, "'top:' must be a whole number above 0, not 'ten'" },
        { Good + "\ncolour: red", DiagnosticCodes.BadChartSetting, 13, "'colour' is not a setting of a ranked-bars chart" },
        { Good + "\nwhere: {ward: Nowhere}", DiagnosticCodes.EmptyChart, 13, "no row of table 'ward-rates' has ward is 'Nowhere'" },
        { Good + "\nhighlight: [Hightwon]", DiagnosticCodes.UnknownChartReference, 13, "cannot highlight 'Hightwon'" },
        { Good + "\nrows: [Hightown, Nowhere]", DiagnosticCodes.UnknownChartReference, 13, "table 'ward-rates' has no row with key 'Nowhere' (ward)" },
        { "type: profile\ntable: ward-rates\ncategory: ward\nrow: Nowhere\ntitle: T\nsubtitle: S", DiagnosticCodes.UnknownChartReference, 10, "table 'ward-rates' has no row with key 'Nowhere' (ward)" },
        { "type: profile\ntable: ward-rates\ncategory: ward\ntitle: T\nsubtitle: S", DiagnosticCodes.BadChartSetting, 6, "the chart block has no 'row:' (the key of the row to show against all rows" },
        { "type: profile\ntable: ward-rates\ncategory: ward\nrow: Hightown\nvalues: [ward]\ntitle: T\nsubtitle: S", DiagnosticCodes.BadChartValue, 11, "field 'ward' of table 'ward-rates' is string, not numbers" },
        { Good + "\nreference: [median]", DiagnosticCodes.BadChartSetting, 13, "each reference must be mean, +1sd, +2sd or {label: TEXT, value: NUMBER}" },
        { Good.Replace("type: ranked-bars", "type: paired", StringComparison.Ordinal).Replace("value: all_crime", "values: [all_crime]", StringComparison.Ordinal), DiagnosticCodes.BadChartSetting, 10, "a paired chart compares exactly two value fields; 'values:' lists 1" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_chart_fault_names_the_page_line_and_setting_and_leaves_the_output_untouched(string body, string code, int line, string message)
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page("Intro.\n\n" + ChartSites.RankedChart));
        site.BuildClean();
        var before = site.HashOutput();
        site.WriteFiles(ChartSites.Page("Intro.\n\n```chart\n" + body + "\n```"));

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, "content/index.md", line), (error.Code, error.Path, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.SourceLine);
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void A_fault_after_a_table_that_scriban_expands_still_points_at_the_line_as_written()
    {
        // Given: the table call becomes dozens of lines of HTML before Markdig sees the page.
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page("{{ table 'ward-rates' {} }}\n\n```chart\n" + Good.Replace("value: all_crime", "value: robbery", StringComparison.Ordinal) + "\n```"));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownChartReference, 10), (error.Code, error.Line));
        Assert.Equal("value: robbery", error.SourceLine);
    }

    [Fact]
    public void Two_charts_with_one_id_on_a_page_is_an_error_at_the_second()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart + "\n\n" + ChartSites.RankedChart));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateChartId, 25), (error.Code, error.Line));
        Assert.Equal("id: chart-wards", error.SourceLine);
    }

    [Fact]
    public void A_theme_without_the_chart_fonts_is_an_error_at_the_chart()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart), withFonts: false);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingChartFont, 4), (error.Code, error.Line));
        Assert.Contains("fonts/LiberationSans-Regular.ttf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_of_a_table_that_failed_to_load_adds_no_second_error()
    {
        // Given: an empty CSV is already the table loader's error.
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));
        site.WriteFiles("-- content/data/ward-rates.csv --\nward,all_crime,burglary\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadTableData, "content/data/ward-rates.csv"), (error.Code, error.Path));
    }
}
