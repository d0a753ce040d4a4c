using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Hardening: a runaway template (endless loop, endless recursion) used to hang the build for ever; it must stop
/// with CSA0203 at the template's own file and line.</summary>
public sealed class TemplateLimitsTests
{
    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nWelcome.\n";

    public static TheoryData<string, string, int> Runaways => new()
    {
        // A page: the loop is on the page's third body line, file line 6.
        { "-- content/bad.md --\n---\ntitle: Loop\n---\nOne.\n\n{{ while true; end }}\n", "content/bad.md", 6 },
        // A layout.
        { "-- themes/default/layouts/page.html --\n<html>\n{{ while true }}x{{ end }}\n", "themes/default/layouts/page.html", 2 },
        // A snippet included by a page.
        { "-- content/_snippets/loop.md --\nIntro.\n{{ for i in 1..10000000 }}{{ i }}{{ end }}\n-- content/bad.md --\n---\ntitle: Snippet\n---\n{{ include 'loop.md' }}\n", "content/_snippets/loop.md", 2 },
        // A function that calls itself: reported at the call inside it.
        { "-- content/bad.md --\n---\ntitle: Recursion\n---\n{{ func down(n)\n  ret down(n + 1)\nend }}\n{{ down 1 }}\n", "content/bad.md", 5 },
        // A partial that includes itself.
        { "-- themes/default/layouts/partials/me.html --\n{{ include 'me' }}\n-- themes/default/layouts/page.html --\n<html>{{ include 'me' }}</html>\n", "themes/default/layouts/partials/me.html", 1 },
    };

    [Theory]
    [MemberData(nameof(Runaways))]
    public void A_runaway_template_stops_with_CSA0203_at_its_line(string files, string path, int line)
    {
        // Given
        using var site = new TestSite(Home);
        site.WriteFiles(files);

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code));
        Assert.Contains(errors, d => d.Path == path && d.Line == line);
        Assert.Contains(errors, d => d.Message.Contains("never end?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_loop_within_the_limit_runs_to_the_end()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n{{ n = 0 }}{{ for i in 1..99000 }}{{ n = n + 1 }}{{ end }}count: {{ n }}|\n");

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("index.html", "count: 99000|");
    }
}
