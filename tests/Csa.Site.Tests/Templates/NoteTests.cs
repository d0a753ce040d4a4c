using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Tests <c>note</c>: the site's own words, set apart, quoting the source and stating figures from the data.</summary>
public sealed class NoteTests
{
    [Fact]
    public void A_note_quotes_the_source_and_fills_in_figures_from_the_data_escaped()
    {
        // Given: synthetic wards; the source's words and the note's text as a page writes them.
        const string Page = "{{~ figures = [(figure 'ward-rates' 'Hightown' 'all_crime'), (rank_words 'ward-rates' 'Hightown' 'all_crime')] ~}}\n"
            + "{{ note \"Hightown has <low> crime\" \"The table gives Hightown {0}, the {1} rate.\" figures }}";
        using var site = new TestSite(ChartSites.Data + ChartSites.Page(Page));

        // When
        site.BuildClean();

        // Then
        var note = site.Html("index.html").QuerySelector("main aside.csa-note")!;
        Assert.Equal("Note from this website, not the assessment", note.QuerySelector(".csa-note__label")!.TextContent);
        Assert.Equal("The assessment says: “Hightown has <low> crime”.", note.QuerySelector(".csa-note__said")!.TextContent);
        Assert.Equal("The table gives Hightown 150.0, the highest rate.", note.QuerySelector(".csa-note__text")!.TextContent);
        Assert.Null(note.QuerySelector("low"));
    }

    [Fact]
    public void A_note_naming_a_figure_it_was_not_given_is_an_error_at_its_line()
    {
        // Given
        using var site = new TestSite(ChartSites.Data + ChartSites.Page("Text.\n\n{{ note \"words\" \"a {0} and {1}\" [1] }}"));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Csa.Site.Diagnostics.Severity.Error);
        Assert.Equal(("CSA0404", "content/index.md", 6), (error.Code, error.Path, error.Line));
        Assert.Contains("not in its list of 1 figures", error.Message, StringComparison.Ordinal);
    }
}
