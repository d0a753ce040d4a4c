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
        Assert.True(_site.SeedText.Contains(quoted, StringComparison.Ordinal), $"'{quoted}' is not in the source document");
        Assert.All(figures, f => Assert.Contains(f, note.QuerySelector(".csa-note__text")!.TextContent, StringComparison.Ordinal));
    }
}
