using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Narrative;

/// <summary>Markdown behaves as CommonMark 0.31.2 says, whatever the globalization mode the tool runs in.</summary>
public sealed class CommonMarkTests
{
    [Fact]
    public void Reference_labels_match_with_unicode_case_folding()
    {
        // Given: CommonMark example 540; the tool runs with InvariantGlobalization, where Markdig alone misses it.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n[ẞ]\n\n[SS]: /url\n\n[Straße][]\n\n[STRASSE]: /street\n");

        // When
        site.BuildClean(new Csa.Site.Building.BuildOptions { RunChecks = false });

        // Then
        var links = site.Html("index.html").QuerySelectorAll(".content a");
        Assert.Equal(["/url", "/street"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["ẞ", "Straße"], links.Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("ẞ", "SS")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("ΣΑΣ", "σας")]
    [InlineData("  Foo \n bar ", "foo bar")]
    public void The_label_comparer_folds_case_and_white_space(string a, string b)
    {
        // When / Then
        Assert.True(ReferenceLabelComparer.Instance.Equals(a, b));
        Assert.Equal(ReferenceLabelComparer.Instance.GetHashCode(a), ReferenceLabelComparer.Instance.GetHashCode(b));
    }

    [Fact]
    public void A_backslash_in_a_link_is_printed_as_percent_5C_and_is_not_a_folder_separator()
    {
        // Given: CommonMark prints [link](foo\bar) as href="foo%5Cbar"; the base path is added, the backslash kept.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n[link](/foo\\bar)\n");

        // When
        site.BuildClean(new Csa.Site.Building.BuildOptions { RunChecks = false });

        // Then
        Assert.Equal("/foo%5Cbar", site.Html("index.html").QuerySelector(".content a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_backslash_link_does_not_reach_a_file_in_a_folder()
    {
        // Given: regression; the link used to become '/foo/bar.txt'.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n[link](foo\\bar.txt)\n-- content/foo/bar.txt --\nx\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BrokenContentLink, 4), (error.Code, error.Line));
    }
}
