using AngleSharp.Dom;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests ranked bar charts built from a whole site (synthetic wards: see <see cref="ChartSites"/>).</summary>
public sealed class RankedBarsTests
{
    private static readonly double[] _allCrime = [150.0, 100, 40.5, 30, 20, 20, 20, 19.5];

    [Fact]
    public void Each_ward_has_one_bar_highest_first_whose_length_maps_to_its_value()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        var bars = svg.QuerySelectorAll("rect.csa-chart__bar");
        Assert.Equal(["Hightown", "Midtown", "Summerfield & All Saints", "Lowtown", "Eastfield", "Westfield", "Northfield", "Southfield"], bars.Select(b => b.GetAttribute("data-label")));
        Assert.True(bars.Select(b => ChartSvg.Number(b, "y")).SequenceEqual(bars.Select(b => ChartSvg.Number(b, "y")).Order()), "bars go down the page in rank order");
        var axis = ChartSvg.HorizontalAxis(svg);
        Assert.All(bars, bar => Assert.Equal(axis(ChartSvg.Value(bar)) - axis(0), ChartSvg.Number(bar, "width"), 0.5f));
        Assert.All(bars, bar => Assert.Equal(axis(0), ChartSvg.Number(bar, "x"), 0.5f));
    }

    [Fact]
    public void A_threshold_keeps_a_second_decimal_only_where_the_rounded_figure_would_put_a_value_on_the_wrong_side()
    {
        // Given: synthetic rates whose mean + 1 SD is 14.35..., so "more than 14.4" would wrongly leave out the two wards at 14.4.
        var data = ChartSites.Data.Replace(
            "Hightown,150.0,9.5\nMidtown,100,4.25\nSummerfield & All Saints,40.5,..\nLowtown,30,2\nEastfield,20,2\nWestfield,20,1\nNorthfield,20,1\nSouthfield,19.5,1",
            "Hightown,14.4,9.5\nMidtown,14.4,4.25\nLowtown,6.1,2\nEastfield,2.1,2\nWestfield,7.9,1",
            StringComparison.Ordinal);
        var chart = ChartSites.RankedChart.Replace("highlight: [Midtown]\n", string.Empty, StringComparison.Ordinal);
        using var site = ChartSites.Create(data + ChartSites.Page(chart));

        // When
        site.BuildClean();

        // Then: the average is printed as the rates are; the 1 SD line with the decimal that keeps both wards above it.
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        var labels = svg.QuerySelectorAll("text.csa-chart__reference-label").Select(t => t.TextContent).ToList();
        Assert.Equal("Average: 9.0", labels[0]);
        Assert.Equal("1 SD above average: 14.35", labels[1]);
        var summary = site.Html("index.html").QuerySelector("#chart-wards .csa-chart__summary")!.TextContent;
        Assert.Contains("2 wards are above average (more than 14.35, 1 SD above average): Hightown and Midtown.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_lines_sit_at_the_mean_and_the_mean_plus_one_and_two_sample_SDs_and_are_labelled()
    {
        // Given: the mean and sample SD worked out here, independently of the statistics library.
        var mean = _allCrime.Average();
        var sd = Math.Sqrt(_allCrime.Sum(v => (v - mean) * (v - mean)) / (_allCrime.Length - 1));
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        var axis = ChartSvg.HorizontalAxis(svg);
        var lines = svg.QuerySelectorAll("path.csa-chart__reference");
        Assert.Equal(["Average", "1 SD above average", "2 SD above average"], lines.Select(l => l.GetAttribute("data-label")));
        foreach (var (line, expected) in lines.Zip(new[] { mean, mean + sd, mean + (2 * sd) }))
        {
            var (x1, _, x2, _) = ChartSvg.Line(line);
            Assert.Equal(expected, ChartSvg.Value(line), 6);
            Assert.Equal(axis(expected), x1, 0.5f);
            Assert.Equal(x1, x2);
        }

        Assert.Null(lines[0].GetAttribute("stroke-dasharray"));
        Assert.NotEqual(lines[1].GetAttribute("stroke-dasharray"), lines[2].GetAttribute("stroke-dasharray"));
        var labels = svg.QuerySelectorAll("text.csa-chart__reference-label").Select(t => t.TextContent).ToList();
        // Rounded as the bars' values are (one decimal), since no value lies between a threshold and its rounded figure.
        Assert.Equal(["Average: 50.0", $"1 SD above average: {mean + sd:0.0}", $"2 SD above average: {mean + (2 * sd):0.0}"], labels);
    }

    [Fact]
    public void Banded_and_highlighted_bars_differ_by_marker_and_weight_not_colour_alone()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then: Hightown is above mean + 2 SD, Midtown above mean + 1 SD, and Midtown is highlighted.
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        var values = svg.QuerySelectorAll("text.csa-chart__value").ToDictionary(t => t.GetAttribute("data-label")!, t => t);
        Assert.Equal("150.0 ▲▲", values["Hightown"].TextContent);
        Assert.Equal("100.0 ▲", values["Midtown"].TextContent);
        Assert.Equal("40.5", values["Summerfield & All Saints"].TextContent);
        var highlighted = Assert.Single(svg.QuerySelectorAll("rect.csa-chart__bar--highlight"));
        Assert.Equal("Midtown", highlighted.GetAttribute("data-label"));
        Assert.NotEqual(highlighted.GetAttribute("fill"), svg.QuerySelector("rect.csa-chart__bar:not(.csa-chart__bar--highlight)")!.GetAttribute("fill"));
        Assert.Equal("bold", values["Midtown"].GetAttribute("font-weight"));
        Assert.Equal(["Midtown"], svg.QuerySelectorAll("text.csa-chart__category[font-weight=bold]").Select(t => t.TextContent));
    }

    [Fact]
    public void Title_and_desc_name_the_chart_and_summarise_its_data()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Hightown has the highest rate", svg.QuerySelector("#" + svg.GetAttribute("aria-labelledby"))!.TextContent);
        Assert.Equal("title", svg.Children[0].LocalName);
        var desc = svg.QuerySelector("#" + svg.GetAttribute("aria-describedby"))!;
        Assert.Equal("desc", desc.LocalName);
        Assert.Equal(
            "Bar chart of All crime for 8 wards, highest first. Highest: Hightown, 150.0. Lowest: Southfield, 19.5. The average of the 8 wards is 50.0. "
            + "2 wards are above average (more than 98.7, 1 SD above average): Hightown and Midtown. 1 ward is well above average (more than 147.5, 2 SD above average): Hightown. "
            + "Highlighted: Midtown.",
            desc.TextContent);
    }

    [Fact]
    public void Top_draws_the_first_bars_but_computes_the_mean_over_every_ward()
    {
        // Given
        var chart = ChartSites.RankedChart.Replace("highlight: [Midtown]", "top: 3", StringComparison.Ordinal);
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(chart));

        // When
        site.BuildClean();

        // Then
        var figure = site.Html("index.html").QuerySelector("figure#chart-wards")!;
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        Assert.Equal(3, svg.QuerySelectorAll("rect.csa-chart__bar").Length);
        Assert.Equal(50.0, ChartSvg.Value(svg.QuerySelector("path.csa-chart__reference")!), 6);
        Assert.Equal(8, figure.QuerySelectorAll("details tbody tr").Length);
        Assert.StartsWith("Bar chart of All crime for the top 3 of 8 wards", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_text_is_text_elements_not_outlines()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-wards");
        Assert.Contains("Summerfield & All Saints", svg.QuerySelectorAll("text.csa-chart__category").Select(t => t.TextContent));
        Assert.All(svg.QuerySelectorAll("text"), t => Assert.DoesNotContain(",", t.GetAttribute("x")!, StringComparison.Ordinal));
        Assert.DoesNotContain(svg.QuerySelectorAll("path"), p => p.ClassName is null);
        Assert.Equal("'Liberation Sans', Arial, Helvetica, sans-serif", svg.GetAttribute("font-family"));
    }
}
