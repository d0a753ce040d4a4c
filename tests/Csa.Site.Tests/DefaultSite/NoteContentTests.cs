using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks the site's notes where the assessment's words disagree with its own figures (issue #13): each quotes the
/// assessment and states both figures.</summary>
public sealed class NoteContentTests : IClassFixture<DefaultSiteFixture>
{
    private readonly DefaultSiteFixture _site;

    public NoteContentTests(DefaultSiteFixture site) => _site = site;

    [Theory]
    [InlineData("find-your-ward/shenstone/index.html", "low rates of crime and ASB overall", new[] { "65.2", "6th highest", "59.5" })]
    [InlineData("find-your-ward/chadsmead/index.html", "despite low overall crime rate", new[] { "77.1", "4th highest", "76.1" })]
    [InlineData("priorities/vulnerable-persons-alcohol/index.html", "despite low overall crime rate", new[] { "77.1", "4th highest", "76.1" })]
    [InlineData("find-your-ward/bourne-vale/index.html", "in line with force averages", new[] { "104.2", "76.1" })]
    [InlineData("priorities/asb/index.html", "Overall rate similar", new[] { "21.7", "32.6", "lower than" })]
    public void A_note_quotes_the_assessment_and_states_its_own_figures(string page, string quoted, string[] figures)
    {
        // Given
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, page)));

        // When
        var note = html.QuerySelector("main aside.csa-note");

        // Then
        Assert.NotNull(note);
        Assert.Contains(quoted, note.QuerySelector(".csa-note__said")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SourceFacts.Rows("quotes").Skip(1), q => q[0] == quoted);
        Assert.All(figures, f => Assert.Contains(f, note.QuerySelector(".csa-note__text")!.TextContent, StringComparison.Ordinal));
    }
}

/// <summary>Checks "Where these figures come from" on the default site: the section and page of each figure a page printed.</summary>
public sealed class FigureSourcesContentTests : IClassFixture<DefaultSiteFixture>
{
    private readonly DefaultSiteFixture _site;

    public FigureSourcesContentTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void Every_page_that_prints_a_figure_in_its_text_ends_with_where_it_comes_from()
    {
        // Given
        var parser = new HtmlParser();
        var asb = parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "priorities", "asb", "index.html")));

        // When
        var items = asb.QuerySelectorAll("main .csa-sources li").Select(li => li.TextContent).ToList();

        // Then: the ASB rates are printed in the ASB section, which starts on page 9 of the source.
        Assert.Equal("ASB rate, Lichfield: section “Anti-social Behaviour (ASB)”, page 9.", items[0]);
        Assert.Equal("/data/#indicators-asb-rate-lichfield", asb.QuerySelector("main .csa-sources a")!.GetAttribute("href"));
        Assert.Same(asb.QuerySelector("main")!.LastElementChild, asb.QuerySelector("main .csa-sources"));
        var data = parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "data", "index.html")));
        var row = data.GetElementById("indicators-asb-rate-lichfield");
        Assert.NotNull(row);
        Assert.Equal("asb-rate-lichfield", row.QuerySelector("th")!.TextContent);
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent == "21.7");
    }
}
