using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Narrative;

/// <summary>Issue 10: text in code prints literally unless a page opts in, and raw HTML the author wrote is a warning at its line.</summary>
public sealed class MarkdownStaysMarkdownTests
{
    [Fact]
    public void Scriban_in_code_spans_and_code_blocks_prints_literally()
    {
        // Given: the trap was `{{ page.title }}` printing the title and an indented {{ 1 + 1 }} printing 2
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            Write `{{ page.title }}` to print the title; the title is {{ page.title }}.

                {{ 1 + 1 }}

            ```
            {{ site.title }}
            ```
            """);

        // When
        site.BuildClean();

        // Then
        var codes = site.Html("index.html").QuerySelectorAll(".content code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["{{ page.title }}", "{{ 1 + 1 }}", "{{ site.title }}"], codes);
        Assert.Contains("the title is Home.", site.Html("index.html").QuerySelector(".content p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_may_opt_in_to_scriban_inside_code()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\nscriban_in_code: true\n---\nRun `{{ 1 + 1 }}`.\n");

        // When
        site.BuildClean();

        // Then
        Assert.Equal("2", site.Html("index.html").QuerySelector(".content code")!.TextContent);
    }

    [Fact]
    public void Raw_html_the_author_wrote_is_a_warning_at_its_line_and_html_a_function_printed_is_not()
    {
        // Given: a 3-line Scriban block first, so the line must be mapped back
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            {{~ x = 1
                y = 2
                z = 3 ~}}
            Intro with {{ '<em>engine</em>' }} text.

            <div class="box">Hand-written markup.</div>

            Some <b>bold</b> words.
            """);

        // When
        var result = site.Build();

        // Then
        var warnings = result.Diagnostics.Where(d => d.Code == "CSA0108").Select(d => (d.Path, d.Line, d.Column)).ToList();
        Assert.Equal([("content/index.md", 9, 1), ("content/index.md", 11, 6)], warnings);
        Assert.True(result.Succeeded);
        Assert.False(site.Build(new Csa.Site.Building.BuildOptions { WarningsAsErrors = true }) is { Warnings: 0 });
    }
}
