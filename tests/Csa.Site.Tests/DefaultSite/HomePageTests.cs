using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks that the home page opens with what the assessment found, printed from the data, then the top tasks (issue #13).</summary>
public sealed class HomePageTests : IClassFixture<DefaultSiteFixture>
{
    private readonly DefaultSiteFixture _site;

    public HomePageTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void The_home_page_opens_with_the_findings_from_the_data_and_then_the_top_tasks()
    {
        // Given
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        var prose = html.QuerySelector("main .csa-prose")!;

        // When
        var headings = prose.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        var findings = prose.QuerySelector("h2 + ul")!.QuerySelectorAll("li").Select(li => li.TextContent.Replace('\n', ' ')).ToList();
        var tasks = html.QuerySelectorAll("#top-tasks + ul > li > a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        // Then: the first section is the findings, with the figures of the source's tables (pages 8 and 26).
        Assert.Equal(["What the assessment found", "What do you want to do?"], headings.Take(2));
        Assert.Contains("Crime here is lower than across the Staffordshire force area.", findings[0], StringComparison.Ordinal);
        Assert.Contains("58.8", findings[0], StringComparison.Ordinal);
        Assert.Contains("76.1", findings[0], StringComparison.Ordinal);
        Assert.Contains("Crime is highest in Stowe and Chasetown.", findings[1], StringComparison.Ordinal);
        Assert.Contains("182.6", findings[1], StringComparison.Ordinal);
        Assert.Contains("135.9", findings[1], StringComparison.Ordinal);
        Assert.Equal(
            [("Find your ward", "/find-your-ward/"), ("Read about the six priorities", "/priorities/"), ("Report a crime or get help", "/get-help/")],
            tasks);
        Assert.DoesNotContain("found out", html.QuerySelector(".csa-hero__lead")!.TextContent, StringComparison.Ordinal);
    }
}
