using System.Text.RegularExpressions;
using Csa.Site.Building;
using Csa.Site.Printing;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Printing;

/// <summary>The whole-plan document gives every id (and every attribute naming ids) its part's prefix. The rewrite
/// searches for each <c>="</c> instead of trying a pattern at every space; these tests hold it to the pattern it replaced.</summary>
public sealed partial class PrintIdRewriteTests
{
    public static TheoryData<string> Tricky => new()
    {
        "<p id=\"a\">x</p>",
        "<td headers=\"h1  h2\" id=\"c\">",
        "<label\tfor=\"q\">Q</label><input\nid=\"q\">",
        "<div data-id=\"not\" xid=\"not\" aria-owns=\"a b\" aria-controls=\"m\">",
        "<a aria-labelledby=\"l1 l2\" aria-describedby=\"\">",
        "<p title='id=\"inside\"' id=\"after\">",
        "<p id=\"unterminated>",
        "id=\"at-start\" then id=\"later\"",
        "<p  id=\"two-spaces\"> <p id = \"spaced\">",
        "no attributes at all",
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Each_tricky_case_is_rewritten_as_the_pattern_did(string html) =>
        Assert.Equal(ByPattern(html, "part-x"), PrintDocumentBuilder.RewriteIdAttributes(html, "part-x"));

    [Fact]
    public void Every_page_of_the_default_site_is_rewritten_as_the_pattern_did()
    {
        // Given: the default site, built
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        var result = SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, BuildDate = new DateOnly(2026, 1, 1) });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        // Then: every page's ids are rewritten exactly as the pattern rewrote them, and some were rewritten
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 50);
        var rewritten = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var expected = ByPattern(html, "part-page");
            Assert.Equal(expected, PrintDocumentBuilder.RewriteIdAttributes(html, "part-page"));
            rewritten += expected == html ? 0 : 1;
        }

        Assert.True(rewritten > 50);
    }

    // The pattern the rewrite replaced, kept as its oracle.
    private static string ByPattern(string html, string partId) => IdAttribute().Replace(html, m =>
        $"{m.Groups[1].Value}{m.Groups[2].Value}=\"{string.Join(' ', m.Groups[3].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => partId + "--" + v))}\"");

    [GeneratedRegex(@"(\s)(id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns)=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();
}
