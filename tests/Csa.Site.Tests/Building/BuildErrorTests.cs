using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class BuildErrorTests
{
    private const string GoodHome = """
        -- content/index.md --
        ---
        title: Home
        ---
        Welcome.
        """;

    public static TheoryData<string, string, string, int> Faults => new()
    {
        // YAML reports an unclosed flow sequence where the front matter ends, on the closing fence.
        { "-- content/bad.md --\n---\ntitle: Broken\norder: [1\n---\n", DiagnosticCodes.BadFrontMatter, "content/bad.md", 4 },
        { "-- content/bad.md --\n---\ntitle: Unclosed\n", DiagnosticCodes.BadFrontMatter, "content/bad.md", 1 },
        { "-- content/bad.md --\n---\ntitle: Order\norder: first\n---\n", DiagnosticCodes.BadFrontMatterValue, "content/bad.md", 3 },
        { "-- content/bad.md --\n---\ntitle: Syntax\n---\nLine one.\n\nThe rate is {{ if }}.\n", DiagnosticCodes.TemplateSyntax, "content/bad.md", 6 },
        { "-- content/bad.md --\n---\ntitle: Runtime\n---\nFirst.\nThe rate is {{ no_such_table.rate }}.\n", DiagnosticCodes.UnknownName, "content/bad.md", 5 },
        { "-- content/bad.md --\n---\ntitle: Layout\nlayout: nowhere\n---\n", DiagnosticCodes.UnknownLayout, "content/bad.md", 3 },
        { "-- content/bad.md --\n---\ntitle: Duplicate\nurl: /\n---\n", DiagnosticCodes.DuplicateUrl, "content/bad.md", 3 },
        { "-- content/bad.md --\n---\ntitle: Escape\nurl: /../../etc/passwd.html\n---\n", DiagnosticCodes.PathEscapesOutput, "content/bad.md", 3 },
        { "-- content/bad.md --\n---\ntitle: Link\n---\n\nSee [the plan](missing-page.md).\n", DiagnosticCodes.BrokenContentLink, "content/bad.md", 5 },
        { "-- content/bad.md --\n---\ntitle: Link\n---\nSee [the plan](../../outside.md).\n", DiagnosticCodes.BrokenContentLink, "content/bad.md", 4 },
        { "-- themes/default/layouts/page.html --\n<html>\n{{ for x in }}\n", DiagnosticCodes.TemplateSyntax, "themes/default/layouts/page.html", 2 },
        { "-- themes/default/layouts/partials/foot.html --\nok\n{{ page.nothing.deeper() }}\n-- themes/default/layouts/page.html --\n{{ include 'foot' }}\n", DiagnosticCodes.UnknownName, "themes/default/layouts/partials/foot.html", 2 },
        { "-- themes/default/layouts/page.html --\n{{ include 'no-such-partial' }}\n", DiagnosticCodes.TemplateRuntime, "themes/default/layouts/page.html", 1 },
        { "-- content/site.yml --\ntitle: [oops\n", DiagnosticCodes.BadSiteConfig, "content/site.yml", 2 },
        // Regression: YamlDotNet throws InvalidOperationException (no position) for an unclosed '[' before another key.
        { "-- content/bad.md --\n---\ntitle: [Home\norder: 1\n---\n", DiagnosticCodes.BadFrontMatter, "content/bad.md", 2 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_is_reported_at_its_file_and_line_and_the_previous_output_is_untouched(string fault, string code, string path, int line)
    {
        // Given
        using var site = new TestSite(GoodHome);
        site.BuildClean();
        var before = site.HashOutput();
        site.WriteFiles(fault);

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, path, line), (diagnostic.Code, diagnostic.Path, diagnostic.Line));
        Assert.Equal(before, site.HashOutput());
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Every_error_of_a_build_is_listed_not_just_the_first()
    {
        // Given
        using var site = new TestSite(GoodHome + """

            -- content/a.md --
            ---
            title: [broken
            ---
            -- content/b.md --
            ---
            title: B
            layout: missing
            ---
            -- content/c.md --
            ---
            title: C
            ---
            {{ nope }}
            """);

        // When
        var result = site.Build();

        // Then
        Assert.Equal(
            [("content/a.md", DiagnosticCodes.BadFrontMatter), ("content/b.md", DiagnosticCodes.UnknownLayout), ("content/c.md", DiagnosticCodes.UnknownName)],
            result.Diagnostics.Select(d => (d.Path, d.Code)));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_diagnostic_quotes_the_offending_line()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nIntro.\nThe figure is {{ site.missing_thing.value }} per 1,000.\n");

        // When
        var result = site.Build();

        // Then
        var text = Assert.Single(result.Diagnostics).ToDisplayString();
        Assert.StartsWith("content/index.md:5:", text, StringComparison.Ordinal);
        Assert.Contains("\n    The figure is {{ site.missing_thing.value }} per 1,000.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_one_heading_in_content_is_a_warning()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n# Home again\n");

        // When
        var result = site.Build();

        // Then
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ContentH1, 4), (warning.Code, warning.Line));
    }
}
