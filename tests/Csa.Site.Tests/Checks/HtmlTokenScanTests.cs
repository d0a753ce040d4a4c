using Csa.Site.Checks;
using Csa.Site.Tests.DefaultSite;

namespace Csa.Site.Tests.Checks;

/// <summary>The link check reads pages with AngleSharp's tokenizer instead of building each page's tree; what it finds
/// (ids, links with their lines, link-text problems, base and robots) must be what the whole parse finds.</summary>
public sealed class HtmlTokenScanTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    [Theory]
    [InlineData("<a href=/x>Plan</a>")]
    [InlineData("<a href=/x aria-label=\"The plan\"></a>")]
    [InlineData("<a href=/x><img src=p.png alt=\"The plan\"></a>")]
    [InlineData("<a href=/x><img src=p.png alt=\"\"></a><a href=#>x</a>")]
    [InlineData("<a href=/x><svg><title>The plan</title><use xlink:href=\"#s\"/></svg></a><svg id=s></svg>")]
    [InlineData("<a href=/x><svg viewBox=\"0 0 1 1\"><text>Plan</text></svg></a>")]
    [InlineData("<a href=/x><span aria-hidden=\"true\">→ <b aria-label=no>b</b></span></a>")]
    [InlineData("<a href=/x><span><i aria-label=\"Plan\"></i></span></a>")]
    [InlineData("<a href=/x>  \n </a>\n<a href=/y title=\"The plan\"></a>")]
    [InlineData("<map name=m><area href=/x alt=\"Chadsmead\"><area href=/y></map>")]
    [InlineData("<p><a href=/a>one<a href=/b></a>\n<a href=/c id=c>three</a><p id=c>dup</p>")]
    [InlineData("<head><base href=/sub/><meta name=ROBOTS content=\"NOINDEX, follow\"><link rel=\"preconnect dns-prefetch\" href=https://x.test><link rel=stylesheet href=s.css></head>")]
    [InlineData("<title>a <a href=/no> b</title><script>if (a<b) { document.write('<a href=/no2>x</a>') }</script><style>a<b{}</style><textarea><a href=/no3></textarea><a href=/yes>y</a>")]
    [InlineData("<img srcset=\"a.png 1x, b.png 2x\" src=c.png><video poster=p.png src=v.mp4></video><a name=top></a><a href=\"x&amp;y\">&lt;x&gt;</a>")]
    [InlineData("<div><a href=/x><span>in</span></div>")]
    [InlineData("<a href=/x>")]
    [InlineData("<!-- <a href=/comment></a> --><a href=/x id=\"\">x</a><br/><input id=i alt=x>")]
    [InlineData("<p>text outside links &amp; skipped\nover two lines &lt;a href=/no&gt;</p>\n<a href=/x>\nnamed</a>\n<p id=p>more</p><a href=/y>\n </a><h2 id=h>after</h2>")]
    public void The_tokenizer_finds_what_the_whole_parse_finds(string html)
    {
        AssertSame("page.html", "<!DOCTYPE html><html lang=en>" + html);
    }

    [Fact]
    public void Misnested_tags_give_each_link_once_as_written()
    {
        // The tree builder copies an a that a </div> cuts short into the text after it, so the whole parse finds the link
        // twice; the tokenizer reports it once, on the line it is written, cut short by the </div> as the tree's first copy is.
        var scan = HtmlTokenScanProbe.Scan("<div><a href=/x><span></div>\ntail</span></a>");
        Assert.NotNull(scan);
        Assert.Equal([new FoundLink("a href", "/x", 1, true)], scan.Links);
        Assert.Equal(Csa.Site.Diagnostics.DiagnosticCodes.EmptyLinkText, Assert.Single(scan.Problems).Code);
    }

    [Fact]
    public void A_link_named_by_another_element_is_left_to_the_whole_parse()
    {
        Assert.Null(HtmlTokenScanProbe.Scan("<a href=/x aria-labelledby=l></a><span id=l>The plan</span>"));
        Assert.NotNull(HtmlTokenScanProbe.Scan("<svg aria-labelledby=t><title id=t>Chart</title></svg><a href=/x>x</a>"));
    }

    [Fact]
    public void Every_page_of_the_default_site_reads_the_same_both_ways()
    {
        Assert.True(site.Result.Succeeded);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 50);
        foreach (var page in pages)
        {
            AssertSame(Path.GetRelativePath(site.Output, page), File.ReadAllText(page));
        }
    }

    private static void AssertSame(string path, string html)
    {
        var whole = new HtmlPageScanner().ParseWhole(path, html);
        var tokens = HtmlTokenScanProbe.Scan(html, path);
        Assert.NotNull(tokens);
        Assert.Equal(whole.Targets.Order(StringComparer.Ordinal), tokens.Targets.Order(StringComparer.Ordinal));
        Assert.Equal(whole.Links, tokens.Links);
        Assert.Equal(Sorted(whole.Problems), Sorted(tokens.Problems));
        Assert.Equal(whole.BaseHref, tokens.BaseHref);
        Assert.Equal(whole.NoIndex, tokens.NoIndex);
    }

    private static List<string> Sorted(IEnumerable<LinkProblem> problems) => [.. problems.Select(p => p.ToString()).Order(StringComparer.Ordinal)];

    private static class HtmlTokenScanProbe
    {
        public static PageScan? Scan(string html, string path = "page.html") => HtmlTokenScan.Scan(path, html);
    }
}
