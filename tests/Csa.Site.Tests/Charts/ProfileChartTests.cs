using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests the profile chart (one row against every row, measure by measure) on synthetic wards.</summary>
public sealed class ProfileChartTests
{
    private const string ProfileChart = """
        ```chart
        type: profile
        table: ward-rates
        category: ward
        row: Hightown
        row_label: wards
        title: Hightown is well above average for all crime
        subtitle: Offences per 1,000 residents, synthetic wards, 2018-19
        id: chart-profile
        ```
        """;

    [Fact]
    public void Each_measure_has_a_track_from_the_lowest_to_the_highest_ward_with_the_average_and_the_row_as_a_marker()
    {
        // Given: all_crime's mean over the eight synthetic wards is 50 and Hightown (150) is the highest.
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(ProfileChart));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-profile");
        var tracks = svg.QuerySelectorAll("rect.csa-chart__range");
        Assert.Equal(["All crime", "Burglary"], tracks.Select(t => t.GetAttribute("data-label")));
        var markers = svg.QuerySelectorAll(".csa-chart__marker");
        Assert.Equal([150.0, 9.5], markers.Select(ChartSvg.Value));
        var averages = svg.QuerySelectorAll("path.csa-chart__reference");
        Assert.Equal(50.0, ChartSvg.Value(averages[0]), 6);

        // The marker sits at the track's right end (the highest ward), the average between the ends at its share of the range.
        var left = ChartSvg.Number(tracks[0], "x");
        var right = left + ChartSvg.Number(tracks[0], "width");
        Assert.Equal(right, ChartSvg.Number(markers[0], "cx"), 0.5f);
        var (x, _, _, _) = ChartSvg.Line(averages[0]);
        Assert.Equal(left + ((50 - 19.5) / (150 - 19.5) * (right - left)), x, 0.5f);
        Assert.Equal(["150.0 ▲▲", "9.50 ▲▲"], svg.QuerySelectorAll("text.csa-chart__value").Select(t => t.TextContent));
        Assert.Empty(ChartSvg.Overlaps(svg));
    }

    [Fact]
    public void The_chart_bands_each_measure_as_the_profile_table_does_and_shows_the_profile_as_its_data()
    {
        // Given: Midtown is above average (not well above) for all crime; its burglary 4.25 is not above average.
        var chart = ProfileChart.Replace("row: Hightown", "row: Midtown", StringComparison.Ordinal);
        var page = chart + "\n\n{{ profile 'ward-rates' 'Midtown' { row_label: 'wards', id: 'midtown' } }}\n";
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(page));

        // When
        site.BuildClean();

        // Then
        var html = site.Html("index.html");
        var table = html.QuerySelectorAll("#midtown tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        var chartBands = ChartSvg.Inline(html, "chart-profile").QuerySelectorAll("text.csa-chart__value").Select(t => t.TextContent).ToList();
        Assert.Equal(["▲ above average", "not above average"], table);
        Assert.Equal(["100.0 ▲", "4.25"], chartBands);
        var data = html.QuerySelector("#chart-profile details table")!;
        Assert.Contains("csa-table--profile", data.ClassList);
        Assert.Equal(["All crime (per 1,000 residents)", "Burglary"], data.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        var summary = html.QuerySelector("#chart-profile .csa-chart__summary")!.TextContent;
        Assert.Equal(
            "Profile chart of Midtown: each of 2 measures against the lowest, the average and the highest of the 8 wards. "
            + "Above average: All crime, 100.0 (2nd highest; average 50.0). It is not above average for the other measure.",
            summary);
    }
}
