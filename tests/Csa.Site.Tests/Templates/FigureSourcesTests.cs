using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Tests "Where these figures come from": each page lists the table rows its <c>figure</c> calls printed from.</summary>
public sealed class FigureSourcesTests
{
    private const string Layout = "\n-- themes/default/layouts/page.html --\n<main>{{ page.content }}{{ figure_sources }}</main>\n";

    [Fact]
    public void Each_page_lists_the_rows_it_printed_figures_from_in_order_and_no_other_pages_rows()
    {
        // Given: two pages of synthetic wards, and a page without figures.
        var files = ChartSites.Data + ChartSites.Page("Midtown {{ figure 'ward-rates' 'Midtown' 'all_crime' }}, Hightown {{ figure 'ward-rates' 'Hightown' 'burglary' }}, again {{ figure 'ward-rates' 'Midtown' 'burglary' }}. [Other](other.md), [plain](plain.md), [data](data.md).")
            + "\n-- content/other.md --\n---\ntitle: Other\n---\nLowtown {{ figure 'ward-rates' 'Lowtown' 'all_crime' }}.\n"
            + "\n-- content/plain.md --\n---\ntitle: Plain\n---\nNo figures here.\n"
            + "\n-- content/data.md --\n---\ntitle: Data\n---\n## Ward rates {#ward-rates}\n\nThe table.\n" + Layout;
        using var site = new TestSite(files, withMarkerTheme: false);

        // When
        site.BuildClean();

        // Then
        var home = site.Html("index.html").QuerySelectorAll(".csa-sources li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            [
                "Midtown: Offence rates by ward (synthetic): Synthetic figures for tests. See Offence rates by ward (synthetic) on the data page.",
                "Hightown: Offence rates by ward (synthetic): Synthetic figures for tests. See Offence rates by ward (synthetic) on the data page.",
            ],
            home);
        Assert.Equal("/data/#ward-rates", site.Html("index.html").QuerySelector(".csa-sources a")!.GetAttribute("href"));
        Assert.Equal("Where these figures come from", site.Html("index.html").QuerySelector(".csa-sources h2")!.TextContent);
        Assert.Single(site.Html("other/index.html").QuerySelectorAll(".csa-sources li"), li => li.TextContent.StartsWith("Lowtown:", StringComparison.Ordinal));
        Assert.Null(site.Html("plain/index.html").QuerySelector(".csa-sources"));
    }
}
