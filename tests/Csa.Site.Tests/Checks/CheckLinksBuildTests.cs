using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Checks;

public sealed class CheckLinksBuildTests
{
    private const string Site = """
        -- content/index.md --
        ---
        title: Home
        ---
        See [about us](about.md).
        -- content/about.md --
        ---
        title: About
        ---
        ## Team

        Back [home](index.md).
        -- content/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg"><g id="ward-1"/></svg>
        """;

    public static TheoryData<string, string?, string, string, string> Faults => new()
    {
        { About("<a href=\"/nowhere/\">Nowhere</a>"), null, DiagnosticCodes.BrokenLink, "content/about.md", "output/about/index.html" },
        { About("Back to [home](index.md#nope)."), null, DiagnosticCodes.MissingFragment, "content/about.md", "output/about/index.html" },
        { About("<a href=\"/elsewhere/\">Elsewhere</a>"), "/cs/", DiagnosticCodes.LinkLeavesBasePath, "content/about.md", "output/about/index.html" },
        { About("## Again {#team}"), null, DiagnosticCodes.DuplicateId, "content/about.md", "output/about/index.html" },
        { About("[](index.md)"), null, DiagnosticCodes.EmptyLinkText, "content/about.md", "output/about/index.html" },
        { About("Open the [menu](#)."), null, DiagnosticCodes.PlaceholderLink, "content/about.md", "output/about/index.html" },
        { "-- content/orphan.md --\n---\ntitle: Orphan\nnav: false\n---\n", null, DiagnosticCodes.UnreachablePage, "content/orphan.md", "output/orphan/index.html" },
        { About("![A map](/images/none.png)"), null, DiagnosticCodes.BrokenLink, "content/about.md", "'/images/none.png' (img src)" },
        { About("<img src=\"/images/map.svg\" srcset=\"/images/map.svg 1x, /images/map-2x.svg 2x\" alt=\"Map\">"), null, DiagnosticCodes.BrokenLink, "content/about.md", "'/images/map-2x.svg' (img srcset)" },
        { About("See [ward 9](images/map.svg#ward-9)."), null, DiagnosticCodes.MissingFragment, "content/about.md", "'/images/map.svg#ward-9'" },
        // The build writes sitemap.xml itself; a page left out of it with 'sitemap: false' must say noindex.
        { "-- content/hidden.md --\n---\ntitle: Hidden\nsitemap: false\n---\n", null, DiagnosticCodes.SitemapMismatch, "content/hidden.md", "does not list the page 'hidden/index.html'" },
    };

    [Fact]
    public void A_clean_site_builds_with_checks_on_and_reports_nothing()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        var result = site.BuildClean(new BuildOptions { BaseUrl = "/cs/" });

        // Then
        Assert.Empty(result.Diagnostics);
        Assert.True(site.OutputExists("about/index.html"));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_seeded_fault_fails_the_build_once_at_its_source_naming_the_page(string fault, string? baseUrl, string code, string source, string mentions)
    {
        // Given
        using var site = new TestSite(Site);
        site.BuildClean();
        var before = site.HashOutput();
        site.WriteFiles(fault);

        // When
        var result = site.Build(new BuildOptions { BaseUrl = baseUrl });

        // Then
        // The faults are seeded as raw HTML, which is also a warning of its own (CSA0108).
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code != DiagnosticCodes.RawHtml);
        Assert.Equal((code, source, Severity.Error), (diagnostic.Code, diagnostic.Path, diagnostic.Severity));
        Assert.Contains(mentions, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.HashOutput());
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void An_empty_download_fails_the_build_at_the_linking_page()
    {
        // Given
        using var site = new TestSite(Site + "\n" + About("Get [the data](files/empty.csv)."));
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "files"));
        File.WriteAllBytes(Path.Combine(site.Root, "content", "files", "empty.csv"), []);

        // When
        var result = site.Build();

        // Then
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.EmptyDownload, "content/about.md", 8, 5), (diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Equal("link to '/files/empty.csv' (a href): the download 'files/empty.csv' is empty (0 bytes) (output/about/index.html:7)", diagnostic.Message);
    }

    [Fact]
    public void Run_checks_off_lets_a_broken_link_through()
    {
        // Given
        using var site = new TestSite(Site + "\n" + About("<a href=\"/nowhere/\">Nowhere</a>"));

        // When: checks off on purpose, as 'csa-site build --no-check' does.
        var result = site.Build(new BuildOptions { RunChecks = false });

        // Then
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code != DiagnosticCodes.RawHtml);
        site.AssertFileContent("about/index.html", "href=\"/nowhere/\"");
    }

    [Fact]
    public void Checks_do_not_run_when_the_build_already_failed()
    {
        // Given: a template error, and a broken link that the check would otherwise report.
        using var site = new TestSite(Site + "\n" + About("<a href=\"/nowhere/\">Nowhere</a> {{ no_such_thing }}"));

        // When
        var result = site.Build();

        // Then: the template's error, and the page's raw HTML warned of as the rest of its Markdown is still read; no link problem
        Assert.Equal([DiagnosticCodes.UnknownName], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
        Assert.Equal([DiagnosticCodes.RawHtml], result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.Code));
    }

    [Theory]
    [InlineData("/cs/")]
    [InlineData(null)]
    public void A_broken_link_in_a_page_is_reported_once_at_the_page_not_again_at_the_whole_plan_page_that_holds_it(string? baseUrl)
    {
        // Given: a theme page that holds every page (print_document), and a page with a broken link, a missing fragment
        // of its own and a missing fragment of another page; in the whole-plan page the fragments become part ids.
        using var site = new TestSite(Site + "\n" + WholePlan("Read it all.") + About("See [nowhere](/nowhere/), [this](#nope) and [home's](index.md#gone). Read [the whole plan](/print/)."));

        // When: built without the check, the whole-plan page holds the broken links too (fragments as part ids); then checked.
        Assert.True(site.Build(new BuildOptions { BaseUrl = baseUrl, RunChecks = false }).Succeeded);
        site.AssertFileContent("print/index.html", "nowhere/\"", "href=\"#part-about--nope\"", "href=\"#part-home--gone\"");
        var result = site.Build(new BuildOptions { BaseUrl = baseUrl });

        // Then: each is reported once, at the page that has it.
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(
            [(DiagnosticCodes.BrokenLink, "content/about.md"), (DiagnosticCodes.MissingFragment, "content/about.md"), (DiagnosticCodes.MissingFragment, "content/about.md")],
            errors.Select(d => (d.Code, d.Path)).Order());
    }

    [Fact]
    public void A_broken_link_only_the_whole_plan_page_has_is_still_reported_there()
    {
        // Given
        using var site = new TestSite(Site + "\n" + WholePlan("Also see [the annex](/annex/).") + About("Read [the whole plan](/print/)."));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BrokenLink, "themes/default/pages/print.md"), (error.Code, error.Path));
        Assert.Contains("/annex/", error.Message, StringComparison.Ordinal);
    }

    // 'print: true' makes the whole-plan page; a theme of its own turns the marker theme off, so it is added with the page.
    private static string WholePlan(string line) => TestSite.MarkerTheme + "\n-- content/site.yml --\ntitle: Test\nprint: true\n" +
        $"-- themes/default/pages/print.md --\n---\ntitle: The whole plan\nnav: false\nprint: false\nprint_document: true\n---\n{line}\n" +
        "-- themes/default/components/print-document.html --\n{{ for part in parts }}<section aria-labelledby=\"{{ part.id }}\"><h2 id=\"{{ part.id }}\">{{ part.title }}</h2>{{ part.content }}</section>{{ end }}\n";

    private static string About(string line) => $"-- content/about.md --\n---\ntitle: About\n---\n## Team\n\nBack [home](index.md).\n\n{line}\n";
}
