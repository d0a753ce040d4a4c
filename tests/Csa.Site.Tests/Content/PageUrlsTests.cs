using Csa.Site.Content;

namespace Csa.Site.Tests.Content;

public sealed class PageUrlsTests
{
    [Theory]
    [InlineData("index.md", "/", "index.html")]
    [InlineData("about.md", "/about/", "about/index.html")]
    [InlineData("priorities/_index.md", "/priorities/", "priorities/index.html")]
    [InlineData("priorities/index.md", "/priorities/", "priorities/index.html")]
    [InlineData("priorities/Domestic Abuse.md", "/priorities/domestic-abuse/", "priorities/domestic-abuse/index.html")]
    [InlineData("wards/summerfield_&_all saints.md", "/wards/summerfield-all-saints/", "wards/summerfield-all-saints/index.html")]
    public void Content_paths_become_pretty_urls(string contentPath, string url, string output)
    {
        // When
        var actual = PageUrls.FromContentPath(contentPath);

        // Then
        Assert.Equal((url, output), (actual, PageUrls.OutputPathFor(actual)));
    }

    [Theory]
    [InlineData("/find-your-ward/", "/find-your-ward/")]
    [InlineData("/find-your-ward", "/find-your-ward/")]
    [InlineData("/404.html", "/404.html")]
    public void Permalinks_are_normalised(string permalink, string expected)
    {
        // When
        var problem = PageUrls.TryPermalink(permalink, out var url);

        // Then
        Assert.Null(problem);
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("find-your-ward/")]
    [InlineData("//evil.example/")]
    [InlineData("/a/../../etc/")]
    [InlineData("/./x/")]
    [InlineData("/a?b")]
    [InlineData("/c:/x")]
    public void Permalinks_that_could_escape_or_mislead_are_refused(string permalink)
    {
        // When / Then
        Assert.NotNull(PageUrls.TryPermalink(permalink, out _));
    }

    [Theory]
    [InlineData("", "about.md", "about.md")]
    [InlineData("priorities", "../about.md", "about.md")]
    [InlineData("priorities", "./asb.md", "priorities/asb.md")]
    [InlineData("", "../outside.md", null)]
    public void Content_paths_combine_without_leaving_the_root(string folder, string relative, string? expected)
    {
        // When / Then
        Assert.Equal(expected, ContentPaths.Combine(folder, relative));
    }
}
