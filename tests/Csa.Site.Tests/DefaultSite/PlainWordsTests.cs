using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks plain words first (issue #13): at-a-glance boxes lead in plain English, short forms are expanded or
/// replaced by words, the glossary has A to Z links, and the data page's sentences are short.</summary>
public sealed partial class PlainWordsTests : IClassFixture<DefaultSiteFixture>
{
    private static readonly HtmlParser _parser = new();
    private readonly DefaultSiteFixture _site;

    public PlainWordsTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void Every_at_a_glance_summary_leads_with_a_plain_line_and_links_the_assessments_ratings_to_their_meaning()
    {
        // Given
        var pages = Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories).Select(f => _parser.ParseDocument(File.ReadAllText(f)))
            .Where(d => d.QuerySelector("main h2#at-a-glance") is not null).ToList();

        // Then
        Assert.True(pages.Count >= 9, $"{pages.Count} pages with an at-a-glance summary");
        Assert.All(pages, page =>
        {
            var first = page.QuerySelector("main h2#at-a-glance")!.NextElementSibling!;
            Assert.StartsWith("In short:", first.TextContent, StringComparison.Ordinal);
            Assert.NotNull(first.NextElementSibling!.QuerySelector("a[href='/glossary/#volume-and-harm']"));
        });
    }

    [Fact]
    public void No_page_prints_a_file_format_or_size_as_a_bare_short_form()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            // Given
            var main = _parser.ParseDocument(File.ReadAllText(file)).QuerySelector("main")!;
            foreach (var script in main.QuerySelectorAll("script, svg").ToList())
            {
                script.Remove();
            }

            // Then: sizes are in kilobytes; a format's short name only follows its words, e.g. "a spreadsheet (CSV, ...".
            Assert.False(Regex.IsMatch(main.TextContent, @"\d KB\b"), file);
            Assert.False(Regex.IsMatch(main.TextContent, @"\bas (CSV|JSON|ODS|SVG|PNG)\b"), $"{file}: {Regex.Match(main.TextContent, @".{60}\bas (CSV|JSON|ODS|SVG|PNG)\b.{20}")}");
        }
    }

    [Fact]
    public void The_glossary_has_a_to_z_links_that_each_reach_a_term()
    {
        // Given
        var html = _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "glossary", "index.html")));

        // When
        var letters = html.QuerySelectorAll("main p").Where(p => p.TextContent.StartsWith("Jump to a letter:", StringComparison.Ordinal)).SelectMany(p => p.QuerySelectorAll("a")).ToList();

        // Then
        Assert.True(letters.Count >= 20, $"{letters.Count} letter links");
        Assert.All(letters, a =>
        {
            var target = html.GetElementById(a.GetAttribute("href")!.TrimStart('#'))!;
            Assert.StartsWith(a.TextContent, target.TextContent.Trim(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void The_data_pages_sentences_are_under_25_words_apart_from_source_citations()
    {
        // Given
        var main = _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "data", "index.html"))).QuerySelector("main")!;
        foreach (var skip in main.QuerySelectorAll("script, .csa-downloads").ToList())
        {
            skip.Remove();
        }

        // When: each paragraph or list item split into sentences; the 'Source:' citations name documents and are left out.
        var blocks = main.QuerySelectorAll("p, li").Where(e => e.QuerySelector("p, li") is null).Select(Text)
            .Where(t => !t.StartsWith("Source:", StringComparison.Ordinal));
        var longest = blocks.SelectMany(b => Sentence().Split(b)).MaxBy(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)!;

        // Then
        Assert.True(longest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 25, $"the longest sentence: {longest}");
    }

    private static string Text(IElement e) => Regex.Replace(e.TextContent, @"\s+", " ").Trim();

    [GeneratedRegex(@"(?<=[.!?:])\s+")]
    private static partial Regex Sentence();
}
