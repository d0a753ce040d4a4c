using Csa.Site.Checks;
using Csa.Site.Configuration;

namespace Csa.Site.Tests.Checks;

public sealed class LinkResolverTests
{
    [Theory]
    [InlineData("/cs/", "about/index.html", "../data/", LinkKind.Internal, "data/", null)]
    [InlineData("/cs/", "about/index.html", "/cs/priorities/asb/#at-a-glance", LinkKind.Internal, "priorities/asb/", "at-a-glance")]
    [InlineData("/cs/", "about/index.html", "#team", LinkKind.Internal, "about/index.html", "team")]
    [InlineData("/cs/", "about/index.html", "/cs", LinkKind.Internal, "", null)]
    [InlineData("/cs/", "about/index.html", "../map%20of%20wards.svg", LinkKind.Internal, "map of wards.svg", null)]
    [InlineData("/cs/", "about/index.html", "/data/", LinkKind.OutsideBase, "/data/", null)]
    [InlineData("/cs/", "index.html", "../up/", LinkKind.OutsideBase, "/up/", null)]
    [InlineData("/cs/", "index.html", "https://www.example.org/x#y", LinkKind.External, "", "y")]
    [InlineData("/cs/", "index.html", "//cdn.example.org/x.js", LinkKind.External, "", null)]
    [InlineData("/cs/", "index.html", "mailto:team@example.org", LinkKind.Other, "", null)]
    [InlineData("https://www.example.gov.uk/cs/", "index.html", "https://www.example.gov.uk/cs/data/", LinkKind.Internal, "data/", null)]
    [InlineData("https://www.example.gov.uk/cs/", "index.html", "http://WWW.example.gov.uk/other/", LinkKind.OutsideBase, "/other/", null)]
    public void A_link_resolves_from_its_page_under_the_base_url(string baseUrl, string page, string link, LinkKind kind, string path, string? fragment)
    {
        // Given
        Assert.True(BaseUrl.TryParse(baseUrl, out var parsed));
        var resolver = new LinkResolver(parsed);

        // When
        var target = resolver.Resolve(resolver.PageUri(page), link);

        // Then
        Assert.Equal((kind, path, fragment), (target.Kind, target.Path, target.Fragment));
    }
}
