using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Issue 11: the theme supplies the pages every site needs (accessibility statement, data catalogue, 404) when the
/// content has none, so a site of site.yml and index.md builds and passes check.</summary>
public sealed class ThemePagesTests
{
    private const string Minimal = "-- content/site.yml --\ntitle: Tamworth Community Safety Partnership\n-- content/index.md --\n---\ntitle: Home\n---\nHello.\n";

    [Fact]
    public void A_site_of_site_yml_and_index_md_builds_passes_check_and_names_no_other_partnership_or_licence()
    {
        // Given: the trap was the footer's link to /accessibility/ failing the build and blaming index.md
        using var site = DefaultTheme(Minimal);

        // When
        var built = CliTests.CsaSite(site.Root, "build");
        var checkedSite = CliTests.CsaSite(site.Root, "check");

        // Then
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Contains("(0 warnings, 0 errors)", built.Stdout, StringComparison.Ordinal);
        Assert.True(checkedSite.ExitCode == 0, checkedSite.Stdout + checkedSite.Stderr);
        Assert.False(site.OutputExists("data/index.html"));
        foreach (var page in new[] { "index.html", "accessibility/index.html", "404.html" })
        {
            var text = site.ReadOutput(page);
            Assert.DoesNotContain("Lichfield", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Staffordshire", text, StringComparison.Ordinal);
            Assert.Null(site.Html(page).QuerySelector(".csa-footer__licence"));
        }

    }

    [Fact]
    public void The_statement_is_written_from_site_yml_with_marked_blanks_for_what_it_does_not_give()
    {
        // Given
        using var site = DefaultTheme(Minimal.Replace("title: Tamworth Community Safety Partnership\n", """
            title: Tamworth Community Safety Partnership
            contact:
              name: Community Safety Team
              email: safer@tamworth.example
            accessibility:
              organisation: Tamworth Borough Council
              status: full
              reviewed: 2026-02-01

            """, StringComparison.Ordinal));

        // When
        site.BuildClean();

        // Then
        var main = site.Html("accessibility/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("This website is run by Tamworth Borough Council.", main, StringComparison.Ordinal);
        Assert.Contains("fully compliant with the Web Content Accessibility Guidelines version 2.2 AA", main, StringComparison.Ordinal);
        Assert.Contains("email: safer@tamworth.example", main, StringComparison.Ordinal);
        Assert.Contains("None that we know of.", main, StringComparison.Ordinal);
        Assert.Contains("last\nreviewed on 1 February 2026", main, StringComparison.Ordinal);
        Assert.Contains("[TBC: telephone number", main, StringComparison.Ordinal);
        Assert.Contains("This statement was prepared on [TBC: date", main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/accessibility.md", "title: Our statement")]
    [InlineData("content/about/access.md", "title: Our statement\nurl: /accessibility/")]
    public void A_content_page_of_the_same_path_or_url_replaces_the_theme_page(string path, string frontMatter)
    {
        // Given
        using var site = DefaultTheme(Minimal + $"-- {path} --\n---\n{frontMatter}\n---\nOur own words.\n");

        // When
        site.BuildClean();

        // Then
        Assert.Contains("Our own words.", site.ReadOutput("accessibility/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("[TBC:", site.ReadOutput("accessibility/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stage_adds_only_the_theme_pages_the_content_lacks_and_reports_them_at_their_own_file()
    {
        // Given: content with its own 404 page; a theme with three pages
        using var site = DefaultTheme(Minimal + "-- content/missing.md --\n---\ntitle: Gone\nurl: /404.html\n---\nOurs.\n");
        var options = new Csa.Site.Building.BuildOptions { SiteRoot = site.Root };
        var diagnostics = new Csa.Site.Diagnostics.DiagnosticBag();
        var content = Csa.Site.Building.LoadPages.Run(options, new Csa.Site.Diagnostics.SourceFiles(), diagnostics);

        // When
        var pages = Csa.Site.Building.AddThemePages.Run(options, content, new Csa.Site.Diagnostics.SourceFiles(), diagnostics);

        // Then
        Assert.Equal(["accessibility.md", "index.md", "missing.md"], pages.Select(p => p.ContentPath));
        Assert.Equal("themes/default/pages/accessibility.md", pages[0].SitePath);
        Assert.Empty(diagnostics.ToSortedList());
    }

    private static TestSite DefaultTheme(string files)
    {
        var site = new TestSite(files, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        return site;
    }
}
