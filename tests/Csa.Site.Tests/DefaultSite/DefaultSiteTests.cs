using System.Globalization;
using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks the real Lichfield site: its pages, its data against the source document, and its ward pages.</summary>
public sealed class DefaultSiteTests : IClassFixture<DefaultSiteFixture>
{
    private static readonly HtmlParser _parser = new();
    private readonly DefaultSiteFixture _site;

    public DefaultSiteTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void The_default_site_builds_without_errors_or_warnings()
    {
        Assert.True(_site.Result.Succeeded && _site.Result.Warnings == 0, string.Join('\n', _site.Result.Diagnostics));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("about-the-area/index.html")]
    [InlineData("about-the-plan/commissioners-priorities/index.html")]
    [InlineData("about-the-plan/how-priorities-were-chosen/index.html")]
    [InlineData("people-and-places-at-risk/index.html")]
    [InlineData("crime-overview/index.html")]
    [InlineData("priorities/asb/index.html")]
    [InlineData("priorities/domestic-abuse/index.html")]
    [InlineData("priorities/burglaries-car-key/index.html")]
    [InlineData("priorities/county-lines/index.html")]
    [InlineData("priorities/fraud/index.html")]
    [InlineData("priorities/vulnerable-persons-alcohol/index.html")]
    [InlineData("priorities/vulnerable-persons-mental-health-and-missing-persons/index.html")]
    [InlineData("priorities/vulnerable-persons-contextual-safeguarding/index.html")]
    [InlineData("additional-challenges/index.html")]
    [InlineData("about-the-area/quality-of-life/index.html")]
    [InlineData("about-the-area/public-confidence/index.html")]
    [InlineData("recommendations/index.html")]
    [InlineData("find-your-ward/index.html")]
    [InlineData("data/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("accessibility/index.html")]
    [InlineData("about-this-site/index.html")]
    public void Every_page_the_plan_needs_exists_and_is_reachable_through_navigation(string page)
    {
        // Given: the pages reachable from the home page through navigation and section links.
        var reachable = ReachableFromHome();

        // Then
        Assert.True(File.Exists(Path.Combine(_site.Output, page)), $"{page} was not built");
        Assert.Contains(page, reachable);
    }

    [Fact]
    public void Every_figure_of_the_source_documents_data_tables_is_in_content_data()
    {
        // Given: the document's "Rates of Recorded Crime" and ward offence-rate tables, as transcribed in SourceFacts.
        var crime = SourceFacts.Rows("recorded-crime-rates").Skip(1).Select(r => r.Where(c => c.Length > 0).ToArray()).ToList();
        var wards = SourceFacts.Rows("ward-offence-rates").Skip(1).ToList();
        var crimeCsv = File.ReadAllText(Path.Combine(_site.Repository, "content/data/recorded-crime-rates.csv"));
        var wardCsv = File.ReadAllLines(Path.Combine(_site.Repository, "content/data/ward-offence-rates.csv"));

        Assert.Equal(22, wards.Count);
        foreach (var cells in wards)
        {
            var csvRow = wardCsv.Single(l => l.StartsWith(cells[0].Contains(',', StringComparison.Ordinal) ? $"\"{cells[0]}\"," : cells[0] + ",", StringComparison.Ordinal));
            Assert.EndsWith("," + string.Join(',', cells.Skip(1)), csvRow, StringComparison.Ordinal);
        }

        Assert.Equal(34, crime.Count);
        foreach (var cells in crime)
        {
            var rates = cells.Where(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
            Assert.Equal(2, rates.Count);
            Assert.Contains("," + string.Join(',', rates) + "\n", crimeCsv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_of_the_22_ward_pages_shows_its_12_rates_and_their_bands()
    {
        // Given
        var wardPages = Directory.GetDirectories(Path.Combine(_site.Output, "find-your-ward"));

        // Then
        Assert.Equal(22, wardPages.Length);
        foreach (var folder in wardPages)
        {
            var doc = _parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
            var rows = doc.QuerySelectorAll("table#ward-rates.csa-table--profile tbody tr");
            Assert.Equal(12, rows.Length);
            Assert.All(rows, r => Assert.Matches("^(▲▲ well above average|▲ above average|not above average)$", r.QuerySelectorAll("td")[2].TextContent));
        }

        var stowe = _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "find-your-ward/stowe/index.html")));
        Assert.Equal("significant", stowe.QuerySelector("table#ward-rates.csa-table--profile tbody tr td[data-band]")!.GetAttribute("data-band"));
    }

    [Fact]
    public void No_page_has_an_unresolved_expression_or_an_empty_section()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal), $"{file} has an unresolved Scriban expression");
            var main = _parser.ParseDocument(text).QuerySelector("main");
            Assert.NotNull(main);
            foreach (var heading in main.QuerySelectorAll("h2, h3"))
            {
                var next = heading.NextElementSibling;
                var empty = next is null || (next.LocalName is "h2" || (next.LocalName == "h3" && heading.LocalName == "h3"));
                Assert.False(empty, $"{file}: the section '{heading.TextContent}' is empty");
            }
        }
    }

    [Fact]
    public void Every_page_has_an_open_graph_image_drawn_by_the_build_and_the_404_page_is_not_indexed()
    {
        // Given: the PNG's size sits in its IHDR chunk, big-endian, at bytes 16 to 23.
        var png = File.ReadAllBytes(Path.Combine(_site.Output, "social-preview.png"));
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));

        // Then
        Assert.Equal((byte)0x89, png[0]);
        Assert.Equal((1200, 630), (width, height));
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = _parser.ParseDocument(File.ReadAllText(file));
            Assert.Equal("/social-preview.png", doc.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        }

        var notFound = _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "404.html")));
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("404", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }

    private HashSet<string> ReachableFromHome()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            var doc = _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, page)));
            foreach (var href in doc.QuerySelectorAll("nav a[href], main a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = href.Split('#', '?')[0].TrimStart('/');
                var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (target.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(_site.Output, target)) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }
}
