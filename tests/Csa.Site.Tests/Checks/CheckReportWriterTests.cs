using Csa.Site.Checks;

namespace Csa.Site.Tests.Checks;

public sealed class CheckReportWriterTests
{
    [Fact]
    public void A_github_annotation_points_at_the_source_when_known_and_escapes_its_text()
    {
        // Given
        var problem = new LinkProblem("CSA0302", "about/index.html", 12, "a href", "/x,y/", "link to '/x,y/' (a href): 100% missing\nreally") { Source = "content/about,old.md" };

        // When
        var line = CheckReportWriter.GitHubAnnotation(problem, "output");

        // Then
        Assert.Equal("::error file=content/about%2Cold.md,title=CSA0302::output/about/index.html:12: link to '/x,y/' (a href): 100%25 missing%0Areally", line);
    }

    [Fact]
    public void A_text_line_names_page_line_code_and_source()
    {
        // Given
        var problem = new LinkProblem("CSA0303", "about/index.html", 7, "a href", "#team", "link to '#team' (a href): no element with id 'team' on this page") { Source = "content/about.md" };

        // When
        var line = CheckReportWriter.TextLine(problem, "public");

        // Then
        Assert.Equal("public/about/index.html:7: error CSA0303: link to '#team' (a href): no element with id 'team' on this page (source: content/about.md)", line);
    }
}
