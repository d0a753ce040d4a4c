using AngleSharp.Html.Parser;
using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class SiteFilesTests
{
    private const string Site = """
        -- content/index.md --
        ---
        title: Home
        ---
        [About](about.md)
        -- content/about.md --
        ---
        title: About
        ---
        -- content/not-found.md --
        ---
        title: Page not found
        url: /404.html
        nav: false
        sitemap: false
        ---
        """;

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_with_absolute_urls_and_robots_points_to_it()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean(new BuildOptions { BaseUrl = "https://www.example.gov.uk/cs/" });

        // Then
        var sitemap = new HtmlParser().ParseDocument(site.ReadOutput("sitemap.xml"));
        Assert.Equal(["https://www.example.gov.uk/cs/", "https://www.example.gov.uk/cs/about/"], sitemap.QuerySelectorAll("loc").Select(l => l.TextContent));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://www.example.gov.uk/cs/sitemap.xml\n", site.ReadOutput("robots.txt"));
    }
}
