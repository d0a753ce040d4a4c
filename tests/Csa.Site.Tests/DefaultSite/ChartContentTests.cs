using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks the default site's charts: enough of them, each a whole figure, and every ward's profile chart banding
/// each measure as the ward's table does (issue #13).</summary>
public sealed class ChartContentTests : IClassFixture<DefaultSiteFixture>
{
    private static readonly HtmlParser _parser = new();
    private readonly DefaultSiteFixture _site;

    public ChartContentTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void The_site_has_at_least_30_chart_figures_each_with_its_summary_table_and_downloads()
    {
        // Given
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).Select(Parse).ToList();

        // When
        var figures = pages.SelectMany(p => p.QuerySelectorAll("main figure.csa-chart")).ToList();

        // Then
        Assert.True(_site.Result.Succeeded);
        Assert.True(figures.Count >= 30, $"{figures.Count} chart figures");
        Assert.All(figures, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.QuerySelector(".csa-chart__summary")?.TextContent), f.Id);
            Assert.NotNull(f.QuerySelector("details table"));
            var formats = f.QuerySelectorAll(".csa-downloads a, a[download]").Select(a => a.GetAttribute("href") ?? string.Empty).ToList();
            Assert.Contains(formats, h => h.EndsWith(".csv", StringComparison.Ordinal));
            Assert.Contains(formats, h => h.EndsWith(".svg", StringComparison.Ordinal));
            Assert.DoesNotContain("Mean + ", f.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_ward_page_has_a_profile_chart_whose_bands_are_its_tables_bands()
    {
        // Given
        var wards = Directory.GetDirectories(Path.Combine(_site.Output, "find-your-ward"));
        Assert.Equal(22, wards.Length);

        foreach (var ward in wards)
        {
            // When
            var html = Parse(Path.Combine(ward, "index.html"));
            var chart = html.QuerySelector("figure#chart-ward-profile.csa-chart--profile");
            Assert.NotNull(chart);
            var svg = chart.QuerySelector(".csa-chart__graphic--wide svg")!;
            var chartRows = svg.QuerySelectorAll("text.csa-chart__value").Select(t => (Measure: t.GetAttribute("data-label") ?? string.Empty, Marker: Marker(t.TextContent))).ToList();
            var tableRows = html.QuerySelectorAll("#ward-rates tbody tr").Select(r => (
                Measure: r.QuerySelector("th")!.TextContent.Trim(),
                Marker: r.QuerySelector("td[data-band]") is { } banded ? (banded.GetAttribute("data-band") == "significant" ? "▲▲" : "▲") : string.Empty)).ToList();

            // Then: the same measures in the same order, each with the same band.
            Assert.Equal(tableRows, chartRows);
            Assert.Equal(12, chartRows.Count);
        }
    }

    [Fact]
    public void Shenstones_profile_chart_shows_burglary_and_vehicle_offences_well_above_average()
    {
        // Given
        var html = Parse(Path.Combine(_site.Output, "find-your-ward", "shenstone", "index.html"));

        // When
        var summary = html.QuerySelector("#chart-ward-profile .csa-chart__summary")!.TextContent;

        // Then: the figures of the appendix table (page 26): burglary 15.5 and vehicle offences 12.8, both the highest of 22.
        Assert.StartsWith("Profile chart of Shenstone: each of 12 measures against the lowest, the average and the highest of the 22 wards.", summary, StringComparison.Ordinal);
        Assert.Contains("Well above average: Burglary, 15.5 (highest; average 6.4) and Vehicle Offences, 12.8 (highest; average 4.9).", summary, StringComparison.Ordinal);
    }

    private static string Marker(string text) => text.EndsWith("▲▲", StringComparison.Ordinal) ? "▲▲" : text.EndsWith('▲') ? "▲" : string.Empty;

    private static IDocument Parse(string path) => _parser.ParseDocument(File.ReadAllText(path));
}
