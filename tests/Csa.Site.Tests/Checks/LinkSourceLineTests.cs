using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Checks;

/// <summary>Hardening: link-check problems were reported as <c>content/probe.md: error CSA0303: out/probe/index.html:63 ...</c>,
/// the content file without a line. A problem with a Markdown link is now reported at the line and column that wrote it,
/// even when Scriban before it added or removed lines; links the layout wrote keep the output file and line.</summary>
public sealed class LinkSourceLineTests
{
    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nWelcome.\n";

    // Each body puts the links on line 7 of content/probe.md, after Scriban that writes more or fewer lines than it takes.
    public static TheoryData<string, string> Bodies => new()
    {
        // A three-line loop that writes five lines.
        { "loop writes more lines", "{{ for i in 1..5 }}\nItem {{ i }}\n{{ end }}" },
        // A three-line block that writes nothing.
        { "block writes nothing", "{{\n  a = 1\n}}" },
        // One line that becomes a whole HTML table.
        { "one call writes many lines", "{{ x = 'one\\ntwo\\nthree\\nfour\\nfive\\nsix' }}{{ x }}\n\nAfter." },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_broken_link_and_fragment_are_reported_at_their_line_and_column(string name, string scriban)
    {
        // Given: front matter on lines 1-3, the Scriban from line 4, the links on line 7.
        Assert.NotNull(name);
        var lines = scriban.Split('\n').Length;
        var padding = string.Concat(Enumerable.Repeat("\n", 3 - lines + 1));
        using var site = new TestSite(Home + "-- content/probe.md --\n---\ntitle: Probe\n---\n" + scriban + padding + "See [nothing](/nowhere/) and [gone](#no-such-id).\n");
        Assert.Equal("See [nothing](/nowhere/) and [gone](#no-such-id).", File.ReadAllLines(Path.Combine(site.Root, "content", "probe.md"))[6]);

        // When
        var result = site.Build();

        // Then
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).OrderBy(d => d.Column).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("content/probe.md", 7, 5, DiagnosticCodes.BrokenLink), (errors[0].Path, errors[0].Line, errors[0].Column, errors[0].Code));
        Assert.Equal(("content/probe.md", 7, 30, DiagnosticCodes.MissingFragment), (errors[1].Path, errors[1].Line, errors[1].Column, errors[1].Code));
        Assert.Matches(@"\(output/probe/index\.html:\d+\)$", errors[0].Message);
        Assert.StartsWith("content/probe.md:7:5: error CSA0302: link to '/nowhere/'", errors[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("See [nothing](/nowhere/) and [gone](#no-such-id).", errors[0].SourceLine);
    }

    [Theory]
    [InlineData("{{ if true ~}}\n\nIntro.\nSee [nothing](/nowhere/).\n{{ end }}\n")]
    [InlineData("{{ for i in 1..2 }}\n{{ i }}\n{{ end ~}}\nSee [nothing](/nowhere/).\n")]
    [InlineData("{{ capture x }}\nOne\n{{ end }}{{ x }}\nSee [nothing](/nowhere/).\n")]
    public void A_link_inside_or_after_trimmed_or_captured_scriban_is_reported_at_its_line(string body)
    {
        // Given: the link is on line 7 of the file in each body.
        using var site = new TestSite(Home + "-- content/probe.md --\n---\ntitle: Probe\n---\n" + body);
        Assert.Equal("See [nothing](/nowhere/).", File.ReadAllLines(Path.Combine(site.Root, "content", "probe.md"))[6]);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "content/probe.md", 7), (error.Code, error.Path, error.Line));
    }

    [Fact]
    public void A_level_1_heading_after_scriban_is_reported_at_its_own_line()
    {
        // Given
        using var site = new TestSite(Home + "-- content/probe.md --\n---\ntitle: Probe\n---\n{{ for i in 1..5 }}\nItem {{ i }}\n{{ end }}\n# Big heading\n");

        // When
        var result = site.Build();

        // Then
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ContentH1, "content/probe.md", 7, 1), (warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.Equal("# Big heading", warning.SourceLine);
    }

    [Fact]
    public void A_broken_link_in_the_layout_keeps_the_output_file_and_line()
    {
        // Given
        using var site = new TestSite(Home + """
            -- themes/default/layouts/page.html --
            <!DOCTYPE html><html lang="en-GB"><head><title>{{ page.title }}</title></head><body>
            <main>{{ page.content }}
            <a href="/nowhere/">Layout link</a>
            <ul>{{ for m in site.menu }}<li><a href="{{ m.url }}">{{ m.nav_title }}</a></li>{{ end }}</ul>
            </main></body></html>
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "content/index.md", 0), (error.Code, error.Path, error.Line));
        Assert.Matches(@"^output/index\.html:\d+: link to '/nowhere/'", error.Message);
        Assert.Null(error.SourceLine);
    }
}
