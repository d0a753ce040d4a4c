using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class IncrementalBuildTests
{
    private static readonly DateOnly _date = new(2026, 1, 1);

    [Fact]
    public void Incremental_rebuilds_of_the_default_site_equal_a_full_build_after_each_edit()
    {
        // Given: the default site (content and theme) built once by a session, as 'csa-site serve' does.
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        var edits = new (string What, Action Edit, string[]? OnlyRendered)[]
        {
            ("a page's text", () => Append(site, "content/crime-overview.md", "\nA sentence added while previewing.\n"), ["crime-overview/index.html", "print/index.html"]),
            ("a snippet", () => Append(site, "content/_snippets/recommendations/alcohol.md", "\nA snippet sentence added while previewing.\n"), null),
            ("a CSV cell", () => Replace(site, "content/data/mental-health-prevalence.csv", "Children (age 5-16),England,9.2", "Children (age 5-16),England,9.3"), null),
            ("a layout", () => Replace(site, "themes/default/layouts/home.html", "</main>", "<p>A layout line added while previewing.</p></main>"), ["index.html", "print/index.html"]),
            // The data page says which tables' rows the figure sources of every page link to.
            ("the data page's rows", () => Replace(site, "content/data.md", "{{ data_rows t.name }}", string.Empty), null),
            ("a page's title", () => Replace(site, "content/crime-overview.md", "title: Crime and anti-social behaviour in Lichfield District", "title: Crime and anti-social behaviour in the District"), null),
        };

        foreach (var (what, edit, onlyRendered) in edits)
        {
            // When: the edit is made and the session rebuilds.
            edit();
            var result = session.Build();

            // Then: the served output equals a full build of the edited site, file for file and byte for byte.
            Assert.True(result.Succeeded, what + ":\n" + string.Join('\n', result.Diagnostics));
            AssertSameAsFullBuild(site, what, result);
            if (onlyRendered is not null)
            {
                Assert.Equal(onlyRendered.Order(StringComparer.Ordinal), session.RenderedPages.Order(StringComparer.Ordinal));
            }

            if (what == "a snippet")
            {
                // Only the pages that include the snippet (and the whole plan) are rendered again.
                Assert.Contains("print/index.html", session.RenderedPages);
                Assert.DoesNotContain("data/index.html", session.RenderedPages);
                Assert.InRange(session.RenderedPages.Count, 2, 5);
            }

            if (what == "a CSV cell")
            {
                // Only the charts of the edited table (three on one page) are drawn again.
                Assert.InRange(session.ChartsDrawn, 1, 3);
            }
        }

        // The last edit changed a title in the navigation, which every page shows: nothing was reused.
        Assert.Equal(0, session.PagesReused);
    }

    [Fact]
    public void A_page_edit_renders_only_that_page_and_reuses_every_chart()
    {
        // Given: a site of several pages with charts, built once by a session.
        using var site = Charts.ChartSites.Create(Charts.ChartSites.AllCharts + "\n-- content/other.md --\n---\ntitle: Other\n---\nBack [home](index.md).\n");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        Assert.True(session.ChartsDrawn > 0);

        // When: only the other page's text changes.
        Append(site, "content/other.md", "\nMore words.\n");
        var result = session.Build();

        // Then: that page alone was rendered, no chart was drawn again, and the output equals a full build.
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["other/index.html"], session.RenderedPages);
        Assert.Equal(0, session.ChartsDrawn);
        Assert.True(session.FilesChanged >= 1);
        AssertSameAsFullBuild(site, "the other page", result);

        // When: the page with the charts changes its text but not its charts.
        Replace(site, "content/index.md", "Intro.", "An introduction.");
        result = session.Build();

        // Then: its charts are reused as they were.
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, session.ChartsDrawn);
        Assert.True(session.ChartsReused > 0);
        AssertSameAsFullBuild(site, "the chart page", result);
    }

    [Fact]
    public void A_rebuild_that_defers_the_whole_plan_publishes_the_edited_page_first_and_the_next_brings_the_whole_plan_up_to_date()
    {
        // Given: the default site built once by a session, its whole-plan page as built.
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        var wholePlan = site.ReadOutput("print/index.html");
        Assert.DoesNotContain("A sentence added while previewing.", wholePlan, StringComparison.Ordinal);

        // When: a page's text is edited and the session rebuilds, deferring the whole plan (as serve's first step does).
        Append(site, "content/crime-overview.md", "\nA sentence added while previewing.\n");
        var first = session.Build(deferWholePlan: true);

        // Then: only the edited page was rendered and written; the whole-plan page is as it was.
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.True(first.WholePlanDeferred);
        Assert.Equal(["crime-overview/index.html"], session.RenderedPages);
        Assert.Equal(["crime-overview/index.html"], first.ChangedFiles);
        Assert.Contains("A sentence added while previewing.", site.ReadOutput("crime-overview/index.html"), StringComparison.Ordinal);
        Assert.Equal(wholePlan, site.ReadOutput("print/index.html"));

        // When: the session builds again without deferring (serve's second step).
        var second = session.Build();

        // Then: the whole-plan page, and only it, was written, and the output equals a full build.
        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.False(second.WholePlanDeferred);
        Assert.Equal(["print/index.html"], second.ChangedFiles);
        Assert.Contains("A sentence added while previewing.", site.ReadOutput("print/index.html"), StringComparison.Ordinal);
        AssertSameAsFullBuild(site, "the deferred whole plan", second);
    }

    [Fact]
    public void After_a_failed_rebuild_the_whole_plan_is_not_deferred()
    {
        // Given: a site with a whole-plan page, built once by a session, then a rebuild that failed.
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        Append(site, "content/crime-overview.md", "\nSee [a missing page](missing.md).\n");
        Assert.False(session.Build(deferWholePlan: true).Succeeded);

        // When: the fix is saved and the session rebuilds, asked to defer.
        Replace(site, "content/crime-overview.md", "See [a missing page](missing.md).", "Fixed.");
        var result = session.Build(deferWholePlan: true);

        // Then: the whole plan was built too, as the last good build is no longer the one before: the output is a full build's.
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(result.WholePlanDeferred);
        AssertSameAsFullBuild(site, "the fix", result);
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_output_untouched_and_the_next_good_edit_recovers()
    {
        // Given: a small site built once by a session.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nSee [the other page](other.md).\n-- content/other.md --\n---\ntitle: Other\n---\nBack [home](index.md).\n");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        var before = site.HashOutput();

        // When: an edit breaks a link.
        Append(site, "content/other.md", "\nSee [a missing page](missing.md).\n");
        var failed = session.Build();

        // Then: the build fails and the output is as it was.
        Assert.False(failed.Succeeded);
        Assert.Equal(before, site.HashOutput());

        // When: the link is fixed and the page changed again.
        Replace(site, "content/other.md", "See [a missing page](missing.md).", "Fixed.");
        var fixedResult = session.Build();

        // Then: the output equals a full build.
        Assert.True(fixedResult.Succeeded, string.Join('\n', fixedResult.Diagnostics));
        Assert.Contains("Fixed.", site.ReadOutput("other/index.html"), StringComparison.Ordinal);
        AssertSameAsFullBuild(site, "the fix", fixedResult);
    }

    [Fact]
    public void Charts_are_still_reused_after_a_rebuild_that_failed_before_drawing_them()
    {
        // Given: a site with charts built once by a session.
        using var site = Charts.ChartSites.Create(Charts.ChartSites.AllCharts);
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        var settings = Path.Combine(site.Root, "content", "site.yml");
        var good = File.ReadAllText(settings);

        // When: site.yml is broken, so the build stops before any chart, and then mended.
        File.WriteAllText(settings, "title: [unclosed\n");
        Assert.False(session.Build().Succeeded);
        File.WriteAllText(settings, good);
        var result = session.Build();

        // Then: no chart was drawn again, and the output equals a full build.
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, session.ChartsDrawn);
        AssertSameAsFullBuild(site, "the mended settings", result);
    }

    [Fact]
    public void A_page_removed_is_removed_from_the_output()
    {
        // Given: a site of two pages built once by a session.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nWelcome.\n-- content/gone.md --\n---\ntitle: Gone\n---\nBack [home](index.md).\n");
        var session = new BuildSession(new BuildOptions { SiteRoot = site.Root, BuildDate = _date });
        Assert.True(session.Build().Succeeded);
        Assert.True(site.OutputExists("gone/index.html"));

        // When
        File.Delete(Path.Combine(site.Root, "content", "gone.md"));
        var result = session.Build();

        // Then: its file and folder are gone, as in a full build.
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "gone")));
        AssertSameAsFullBuild(site, "the removal", result);
    }

    private static void AssertSameAsFullBuild(TestSite site, string what, BuildResult incremental)
    {
        var full = Path.Combine(Path.GetTempPath(), "csa-incr-full-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, BuildDate = _date, OutputDirectory = full });
            Assert.True(result.Succeeded, what + " (full build):\n" + string.Join('\n', result.Diagnostics));
            Assert.Equal((result.Pages, result.Files, result.Tables, result.Charts, result.Warnings), (incremental.Pages, incremental.Files, incremental.Tables, incremental.Charts, incremental.Warnings));
            var expected = Files(full);
            var actual = Files(site.Output);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (path, bytes) in expected)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"after {what}, '{path}' differs from a full build");
            }
        }
        finally
        {
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void Append(TestSite site, string relative, string text) => File.AppendAllText(Path.Combine(site.Root, relative), text);

    private static void Replace(TestSite site, string relative, string old, string replacement)
    {
        var path = Path.Combine(site.Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }
}
