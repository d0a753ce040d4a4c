using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

public sealed class SnippetTemplatesTests
{
    private const string Site = """
        -- content/index.md --
        ---
        title: Home
        ---
        [ASB](asb.md)

        ## Recommendations

        {{ include 'recommendations/asb.md' }}
        -- content/asb.md --
        ---
        title: Anti-social behaviour
        ---
        ## What to do

        {{ include 'recommendations/asb.md' }}
        -- content/_snippets/recommendations/asb.md --
        - Share information about repeat offenders (on the page "{{ page.title }}").
        - See the [home page](/).
        """;

    [Fact]
    public void A_snippet_is_written_once_and_included_in_each_page_in_that_pages_context()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean();

        // Then
        Assert.Equal("Share information about repeat offenders (on the page \"Home\").", site.Html("index.html").QuerySelector(".content li")!.TextContent);
        Assert.Equal("Share information about repeat offenders (on the page \"Anti-social behaviour\").", site.Html("asb/index.html").QuerySelector(".content li")!.TextContent);
        Assert.False(site.OutputExists("_snippets/recommendations/asb/index.html"));
    }

    [Theory]
    [InlineData("-- content/_snippets/recommendations/asb.md --\n- One.\n- Two {{ no_such_thing }}.\n", "content/_snippets/recommendations/asb.md", 2, DiagnosticCodes.UnknownName)]
    [InlineData("-- content/asb.md --\n---\ntitle: ASB\n---\n{{ include 'recommendations/missing.md' }}\n", "content/asb.md", 4, DiagnosticCodes.TemplateRuntime)]
    public void A_problem_in_or_with_a_snippet_names_the_file_and_line(string fault, string path, int line, string code)
    {
        // Given
        using var site = new TestSite(Site);
        site.WriteFiles(fault);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((path, line, code), (error.Path, error.Line, error.Code));
    }
}
