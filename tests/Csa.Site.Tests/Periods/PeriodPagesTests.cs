using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Periods;

/// <summary>The PeriodPages stage: a page with <c>periods: TABLE</c> is built once per period, each under its own URL, linking to the others (issue 11).</summary>
public sealed class PeriodPagesTests
{
    [Fact]
    public void Each_year_has_its_own_page_with_its_own_figures_and_links_to_the_other_years()
    {
        // Given
        using var site = PeriodSites.Create();

        // When
        site.BuildClean();
        var latest = site.Html("wards/index.html");
        var earlier = site.Html("wards/2019-20/index.html");

        // Then: the latest year keeps the page's URL and title; the earlier one is under it, named by its year
        Assert.Equal("Crime by ward", latest.QuerySelector("h1")!.TextContent);
        Assert.Equal("Crime by ward (2019-20)", earlier.QuerySelector("h1")!.TextContent);
        Assert.Contains("Northfield had 55.0 crimes", latest.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Northfield had 50.0 crimes", earlier.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The year 2019-20", earlier.QuerySelector(".csa-prose h2")!.TextContent);

        // Then: each links to the other; the current year is marked, not linked
        var nav = latest.QuerySelector("nav.csa-periods")!;
        Assert.Equal("This page for other years", nav.GetAttribute("aria-label"));
        Assert.Equal(["/wards/2019-20/"], nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2020-21", nav.QuerySelector("[aria-current='page']")!.TextContent);
        Assert.Null(nav.QuerySelector(".csa-periods__notice"));
        var back = earlier.QuerySelector("nav.csa-periods")!;
        Assert.Equal("These are the figures for 2019-20. See the latest figures, for 2020-21.", back.QuerySelector(".csa-periods__notice")!.TextContent);
        Assert.All(back.QuerySelectorAll("a"), a => Assert.Equal("/wards/", a.GetAttribute("href")));
        Assert.Equal("2020-21 (latest)", back.QuerySelector("li a")!.TextContent);

        // Then: only the latest is in the menu; both are in the sitemap
        Assert.DoesNotContain(latest.QuerySelectorAll("header a"), a => a.GetAttribute("href") == "/wards/2019-20/");
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("/wards/2019-20/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/wards/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_named_with_html_is_printed_as_text_in_the_pages_heading()
    {
        // Given: issue #29, a period name that is a script, printed by the docs' own '## The year {{ page.period }}'
        using var site = PeriodSites.Create();
        var descriptor = Path.Combine(site.Root, "content", "data", "datapackage.yml");
        File.WriteAllText(descriptor, File.ReadAllText(descriptor).Replace("{period: 2019-20, path:", "{period: \"2019-20<script>alert(1)</script>\", path:", StringComparison.Ordinal));

        // When
        var result = site.Build();

        // Then: no script element anywhere; the heading says the name as it is written
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.All(pages, p => Assert.DoesNotContain("<script>alert", File.ReadAllText(p), StringComparison.Ordinal));
        Assert.Contains(pages.Select(p => AngleSharpParse(File.ReadAllText(p))), d => d.QuerySelectorAll(".csa-prose h2").Any(h => h.TextContent == "The year 2019-20<script>alert(1)</script>"));
    }

    private static AngleSharp.Dom.IDocument AngleSharpParse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    [Fact]
    public void A_page_naming_a_table_of_one_period_is_an_error_at_its_line()
    {
        // Given
        using var site = PeriodSites.Create();
        site.WriteFiles("-- content/wards.md --\n---\ntitle: Wards\nperiods: nothing\n---\nText.\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0404");
        Assert.Equal(("content/wards.md", 3), (error.Path, error.Line));
        Assert.Contains("the tables of several periods are: ward-rates, area-counts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilding_a_site_of_several_years_gives_the_same_bytes()
    {
        // Given
        using var site = PeriodSites.Create();
        site.BuildClean();
        var first = site.HashOutput();

        // When
        site.BuildClean();

        // Then
        Assert.Equal(first, site.HashOutput());
    }
}
