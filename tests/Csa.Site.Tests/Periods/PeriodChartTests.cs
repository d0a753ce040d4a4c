using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Periods;

/// <summary>Charts across the periods of a table: paired (two periods side by side) and line (a trend) (issue 11).</summary>
public sealed class PeriodChartTests
{
    private const string Charts = """
        -- content/charts.md --
        ---
        title: Charts
        ---
        ```chart
        type: paired
        table: ward-rates
        category: ward
        value: all_crime
        periods: [2019-20, 2020-21]
        title: Crime rose in Northfield and Eastgate
        subtitle: All crime per 1,000 people, synthetic wards, 2019-20 and 2020-21
        ```

        ```chart
        type: line
        table: area-counts
        value: crimes
        periods: all
        title: Crime fell in the North after 2019-20
        subtitle: Crimes recorded, synthetic areas, 2018-19 to 2020-21
        ```
        -- content/index.md --
        ---
        title: Home
        ---
        See [crime by ward](wards.md) and [charts](charts.md).
        """;

    [Fact]
    public void A_paired_chart_compares_each_row_in_two_periods_and_says_the_definition_changed()
    {
        // Given
        using var site = PeriodSites.Create(Charts);

        // When
        site.BuildClean();
        var page = site.Html("charts/index.html");

        // Then
        var id = "chart-ward-rates-all-crime-2019-20-to-2020-21";
        var svg = ChartSvg.Inline(page, id);
        var first = svg.QuerySelectorAll("rect.csa-chart__bar:not(.csa-chart__bar--second)");
        var second = svg.QuerySelectorAll("rect.csa-chart__bar--second");
        // Eastgate's 0 in 2019-20 is drawn as its label alone
        Assert.Equal(["Northfield", "Southmead"], first.Select(b => b.GetAttribute("data-label")));
        Assert.Equal([50.0, 40.0], first.Select(ChartSvg.Value));
        Assert.Equal(["Northfield", "Southmead", "Eastgate"], second.Select(b => b.GetAttribute("data-label")));
        Assert.Equal([55.0, 40.0, 3.0], second.Select(ChartSvg.Value));
        Assert.Equal(["Upper bar: 2019-20", "Lower bar: 2020-21"], page.QuerySelectorAll($"figure#{id} .csa-chart__key li").Select(li => li.TextContent.Trim()));
        var desc = svg.QuerySelector("desc")!.TextContent;
        Assert.Contains("The figures are not counted the same way in every year: from 2020-21, shoplifting is counted in all crime (synthetic note).", desc, StringComparison.Ordinal);
        Assert.Equal(["Ward", "2019-20", "2020-21"], page.QuerySelectorAll($"table#{id}-data thead th").Select(th => th.TextContent.Trim()));
        Assert.Contains(page.QuerySelectorAll($"figure#{id} a"), a => a.GetAttribute("href") == "/data/ward-rates-2020-21.csv");
    }

    [Fact]
    public void A_line_chart_follows_each_row_over_every_period()
    {
        // Given
        using var site = PeriodSites.Create(Charts);

        // When
        site.BuildClean();
        var page = site.Html("charts/index.html");

        // Then
        var id = "chart-area-counts-crimes-2018-19-to-2020-21";
        var svg = ChartSvg.Inline(page, id);
        Assert.Equal([100, 120, 90, 80, 60, 60], svg.QuerySelectorAll(".csa-chart__marker").Select(ChartSvg.Value));
        Assert.Equal(["North: 90", "South: 60"], svg.QuerySelectorAll("text.csa-chart__label").Select(t => t.TextContent));
        Assert.Contains("North: 100 in 2018-19 and 90 in 2020-21, down 10%", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not counted the same way", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Period", "North", "South"], page.QuerySelectorAll($"table#{id}-data thead th").Select(th => th.TextContent.Trim()));
    }

    [Theory]
    [InlineData("periods: [2019-20]", "needs exactly two periods", "CSA0503")]
    [InlineData("periods: [2020-21, 2019-20]", "needs exactly two periods", "CSA0503")]
    [InlineData("periods: [2019-20, 2040-41]", "has no period '2040-41'", "CSA0505")]
    public void Wrong_periods_in_a_chart_are_errors_at_the_setting(string periods, string expected, string code)
    {
        // Given
        using var site = PeriodSites.Create(Charts.Replace("periods: [2019-20, 2020-21]", periods, StringComparison.Ordinal));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Csa.Site.Diagnostics.Severity.Error);
        Assert.Equal(("content/charts.md", 9, code), (error.Path, error.Line, error.Code));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
