using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests the figure a chart block becomes, the files it writes, and that both are the same on every build.</summary>
public sealed class ChartFigureTests
{
    [Fact]
    public void A_chart_is_a_figure_with_titles_and_key_above_the_svg_then_summary_data_table_and_downloads()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var figure = site.Html("index.html").QuerySelector("figure#chart-wards.csa-chart")!;
        var caption = figure.FirstElementChild!;
        Assert.Equal("figcaption", caption.LocalName);
        Assert.Equal("Hightown has the highest rate", caption.QuerySelector(".csa-chart__title")!.TextContent);
        Assert.Equal("Offences per 1,000 residents, synthetic wards, 2018-19", caption.QuerySelector(".csa-chart__subtitle")!.TextContent);
        Assert.Equal(figure.GetAttribute("aria-labelledby"), caption.QuerySelector(".csa-chart__title")!.Id);
        var key = caption.QuerySelectorAll(".csa-chart__key li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Highlighted, with a bold name: Midtown", key);
        Assert.Contains("Average of the 8 wards: 50.0", key);
        Assert.Contains("▲▲ Well above average: more than 147.5 (2 SD above average)", key);
        Assert.Equal(
            ["figcaption", "div", "div", "p", "p", "details", "ul"],
            figure.Children.Select(c => c.LocalName));
        Assert.Equal(figure.QuerySelector("svg desc")!.TextContent, figure.QuerySelector(".csa-chart__summary")!.TextContent);
        var table = figure.QuerySelector("details table#chart-wards-data")!;
        Assert.Equal(["Ward", "All crime (per 1,000 residents)"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        var links = figure.QuerySelectorAll(".csa-downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/data/ward-rates.csv", "/data/ward-rates.json", "/data/ward-rates.ods", "/charts/home-chart-wards.svg", "/charts/home-chart-wards.png"], links);
        Assert.All(links, l => Assert.True(site.OutputExists(l.TrimStart('/')), l));
        Assert.Matches(@"^Download the chart “Hightown has the highest rate” as a picture \(SVG, \d+(\.\d)? kilobytes\)$", figure.QuerySelectorAll(".csa-downloads a")[3].TextContent);
    }

    [Fact]
    public void The_chart_files_are_a_standalone_svg_with_titles_and_source_and_a_png_at_twice_the_size()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ChartSites.RankedChart));

        // When
        site.BuildClean();

        // Then
        var text = site.ReadOutput("charts/home-chart-wards.svg");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", text, StringComparison.Ordinal);
        var svg = ChartSvg.File(text);
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Null(svg.GetAttribute("width"));
        var frame = svg.QuerySelectorAll("text.csa-chart__frame-text").Select(t => t.TextContent).ToList();
        Assert.Equal("Hightown has the highest rate", frame[0]);
        Assert.Contains("Source: Synthetic figures for tests", frame);
        var png = File.ReadAllBytes(Path.Combine(site.Output, "charts", "home-chart-wards.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(2 * ChartSvg.ViewBox(svg).Width, width);
    }

    [Fact]
    public void Two_builds_write_identical_charts()
    {
        // Given
        using var first = ChartSites.Create(ChartSites.AllCharts);
        using var second = ChartSites.Create(ChartSites.AllCharts);

        // When
        first.BuildClean();
        second.BuildClean();

        // Then
        Assert.Equal(TestSite.HashFolder(Path.Combine(first.Output, "charts")), TestSite.HashFolder(Path.Combine(second.Output, "charts")));
        Assert.Equal(first.ReadOutput("index.html"), second.ReadOutput("index.html"));
        Assert.Equal(8, Directory.GetFiles(Path.Combine(first.Output, "charts")).Length);
    }

    [Fact]
    public void Other_fenced_blocks_stay_code_and_a_repeated_derived_id_gets_a_suffix()
    {
        // Given
        var chart = ChartSites.RankedChart.Replace("id: chart-wards\n", string.Empty, StringComparison.Ordinal);
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page("```yaml\ntype: ranked-bars\n```\n\n" + chart + "\n\n" + chart));

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        Assert.Equal("type: ranked-bars", page.QuerySelector("pre code.language-yaml")!.TextContent.Trim());
        Assert.Equal(["chart-ward-rates-all-crime", "chart-ward-rates-all-crime-2"], page.QuerySelectorAll("figure.csa-chart").Select(f => f.Id));
        Assert.True(site.OutputExists("charts/home-chart-ward-rates-all-crime-2.png"));
    }
}
