using Csa.Site.Configuration;

namespace Csa.Site.Tests.Configuration;

public sealed class BaseUrlTests
{
    [Theory]
    [InlineData(null, "/", null)]
    [InlineData("/", "/", null)]
    [InlineData("community-safety/lichfield", "/community-safety/lichfield/", null)]
    [InlineData("/community-safety/lichfield/", "/community-safety/lichfield/", null)]
    [InlineData("https://www.example.gov.uk", "/", "https://www.example.gov.uk")]
    [InlineData("https://www.example.gov.uk/cs/", "/cs/", "https://www.example.gov.uk")]
    [InlineData("http://localhost:8080/cs", "/cs/", "http://localhost:8080")]
    public void Parses_paths_and_absolute_urls(string? text, string path, string? origin)
    {
        // When
        var ok = BaseUrl.TryParse(text, out var baseUrl);

        // Then
        Assert.True(ok);
        Assert.Equal((path, origin), (baseUrl.Path, baseUrl.Origin));
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/a/../b/")]
    [InlineData("/cs/?x=1")]
    [InlineData("https://example.org/cs/#top")]
    public void Rejects_what_cannot_be_a_base(string text)
    {
        // When / Then
        Assert.False(BaseUrl.TryParse(text, out _));
    }

    [Fact]
    public void Links_and_absolute_urls_include_the_base()
    {
        // Given
        Assert.True(BaseUrl.TryParse("https://www.example.gov.uk/cs/", out var baseUrl));

        // When / Then
        Assert.Equal("/cs/data/", baseUrl.Link("/data/"));
        Assert.Equal("/cs/", baseUrl.Link("/"));
        Assert.Equal("https://www.example.gov.uk/cs/data/x.csv", baseUrl.Absolute("data/x.csv"));
    }
}
