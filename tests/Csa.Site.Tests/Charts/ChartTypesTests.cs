using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests paired, line and part-to-whole charts on synthetic data (no such real data exists in the default content).</summary>
public sealed class ChartTypesTests
{
    [Fact]
    public void A_paired_chart_draws_the_first_value_above_the_second_for_each_row_kept_by_where()
    {
        // Given
        var chart = ChartSites.PairedChart.Replace("id: chart-paired", "id: chart-paired\nwhere: {category: Victim-based offences}", StringComparison.Ordinal);
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(chart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-paired");
        var first = svg.QuerySelectorAll("rect.csa-chart__bar:not(.csa-chart__bar--second)");
        var second = svg.QuerySelectorAll("rect.csa-chart__bar--second");
        Assert.Equal(["Burglary", "Theft", "Violence against the Person - Stalking and Harassment"], first.Select(b => b.GetAttribute("data-label")));
        Assert.Equal(first.Select(b => b.GetAttribute("data-label")), second.Select(b => b.GetAttribute("data-label")));
        Assert.Equal([5.9, 13.4, 6.5], first.Select(ChartSvg.Value));
        Assert.Equal([5.2, 16.6, 8.6], second.Select(ChartSvg.Value));
        Assert.All(first.Zip(second), pair => Assert.True(ChartSvg.Number(pair.First, "y") < ChartSvg.Number(pair.Second, "y")));
        Assert.Equal(["Upper bar: CSP area", "Lower bar: Force area"], site.Html("index.html").QuerySelectorAll("figure#chart-paired .csa-chart__key li").Select(li => li.TextContent.Trim()));
        Assert.Contains("CSP area is lower for 2 and higher for 1.", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_category_label_wraps_into_lines_beside_its_bars()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.PairedChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-paired");
        var lines = svg.QuerySelectorAll("text.csa-chart__category").Where(t => t.TextContent.StartsWith("Violence", StringComparison.Ordinal) || t.TextContent.Contains("Harassment", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("Violence against the Person - Stalking and Harassment", string.Join(' ', lines.Select(l => l.TextContent)));
        Assert.Empty(ChartSvg.Overlaps(svg));
    }

    [Fact]
    public void A_line_chart_marks_each_value_with_its_series_shape_and_breaks_the_line_at_a_missing_value()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.LineChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-trend");
        var markers = svg.QuerySelectorAll(".csa-chart__marker");
        Assert.Equal([48.2, 51.0, 57.9, 58.8, 70.1, 72.3, 74.0, 75.2, 76.1], markers.Select(ChartSvg.Value));
        Assert.Equal(["ellipse", "rect"], markers.Select(m => m.LocalName).Distinct());
        Assert.Equal(["Local", "Local", "Force"], svg.QuerySelectorAll("path.csa-chart__line").Select(l => l.GetAttribute("data-label")));
        var reference = svg.QuerySelector("path.csa-chart__reference")!;
        var (_, y1, _, y2) = ChartSvg.Line(reference);
        Assert.Equal(y1, y2);
        Assert.Equal(80, ChartSvg.Value(reference));
        Assert.Contains("Local: 48.2 in 2014-15 and 58.8 in 2018-19, up 22%; highest 58.8 in 2018-19, lowest 48.2 in 2014-15. No figure for 2016-17 ([x]).", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Local: 58.8", "Force: 76.1"], svg.QuerySelectorAll("text.csa-chart__label").Select(t => t.TextContent));
    }

    [Fact]
    public void A_part_to_whole_column_splits_in_proportion_and_labels_every_part_with_its_share()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.PartChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-makeup");
        var segments = svg.QuerySelectorAll("rect.csa-chart__segment");
        var total = segments.Sum(ChartSvg.Value);
        Assert.Equal(2235, total);
        var tops = segments.Select(s => ChartSvg.Number(s, "y")).ToList();
        var unit = (tops[^1] - tops[0]) / (float)(total - ChartSvg.Value(segments[^1]));
        // Each segment starts where the one before ends; segments taller than 3 px keep a 1 px white gap at each end.
        Assert.All(segments.Take(segments.Length - 1).Zip(tops.Skip(1)), p => Assert.Equal(ChartSvg.Number(p.First, "y") + (float)(ChartSvg.Value(p.First) * unit), p.Second, 1.5f));
        var labels = svg.QuerySelectorAll("text.csa-chart__label").Select(t => t.TextContent).ToList();
        Assert.Contains("Rowdy and inconsiderate behaviour: 60% (1,350)", labels);
        Assert.Equal(5, svg.QuerySelectorAll("path.csa-chart__leader").Length);
        Assert.Empty(site.Html("index.html").QuerySelectorAll("figure#chart-makeup .csa-chart__key"));
    }

    [Fact]
    public void A_line_with_one_figure_says_so_and_names_the_years_without_one()
    {
        // Given: the local series has a figure for 2014-15 only (issue #23: "45.0 in 2019-20 and 45.0 in 2019-20, unchanged")
        var data = ChartSites.Data
            .Replace("2015-16,51.0,72.3", "2015-16,..,72.3", StringComparison.Ordinal)
            .Replace("2017-18,57.9,75.2", "2017-18,..,75.2", StringComparison.Ordinal)
            .Replace("2018-19,58.8,76.1", "2018-19,..,76.1", StringComparison.Ordinal);
        using var site = ChartSites.Create(data + "\n" + ChartSites.Page(ChartSites.LineChart));

        // When
        site.BuildClean();

        // Then
        var summary = ChartSvg.Inline(site.Html("index.html"), "chart-trend").QuerySelector("desc")!.TextContent;
        Assert.Contains("Local: 48.2 in 2014-15, its only figure. No figure for 2015-16, 2016-17, 2017-18 and 2018-19 ([x]).", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("unchanged", summary, StringComparison.Ordinal);
    }
}
