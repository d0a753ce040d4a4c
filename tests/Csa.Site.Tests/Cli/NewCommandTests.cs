using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Cli;

/// <summary>Issue 11: <c>csa-site new</c> starts a plan that builds with no warnings and passes <c>check</c> straight away.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_plan_builds_with_the_theme_that_comes_with_the_tool_and_passes_check()
    {
        // Given: an empty folder with no theme of its own, as a web officer who installed the tool has
        using var folder = EmptyFolder();

        // When
        var created = CliTests.CsaSite(folder.Root, "new", "plan");
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "plan", "--output", "site");
        var checkedSite = CliTests.CsaSite(folder.Root, "check", "--output", "site");

        // Then
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Wrote a starter plan of", created.Stdout, StringComparison.Ordinal);
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Contains("(0 warnings, 0 errors)", built.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, built.Stderr);
        Assert.True(checkedSite.ExitCode == 0, checkedSite.Stdout + checkedSite.Stderr);
        foreach (var page in new[] { "index.html", "priorities/example-priority/index.html", "areas/tbc-first-area/index.html", "data/index.html", "glossary/index.html", "accessibility/index.html", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Root, "site", page)), page);
        }
    }

    [Fact]
    public void A_new_plan_has_the_plan_tables_with_every_blank_marked_and_shows_them_on_its_priority_page()
    {
        // Given
        using var folder = EmptyFolder();

        // When
        CliTests.CsaSite(folder.Root, "new", "plan");
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "plan", "--output", "site");

        // Then
        Assert.True(built.ExitCode == 0, built.Stderr);
        foreach (var file in new[] { "plan-actions.csv", "plan-actions.ods", "plan-measures.csv", "plan-measures.json" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Root, "site", "data", file)), file);
        }

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Root, "site", "priorities", "example-priority", "index.html")));
        var action = Plan.PlanComponentsTests.Details(page.QuerySelector("section[aria-labelledby='what-we-will-do'] li")!);
        Assert.Equal("to be agreed by the partnership", action["Lead"]);
        Assert.Equal("○ Proposed", action["Status"]);
        Assert.StartsWith("[TBC: ", page.QuerySelector("section[aria-labelledby='what-we-will-do'] .csa-plan__text")!.TextContent, StringComparison.Ordinal);
        var measure = Plan.PlanComponentsTests.Details(page.QuerySelector("section[aria-labelledby='how-we-will-know'] li")!);
        Assert.Equal("not published yet ([TBC: period])", measure["Baseline"]);
        Assert.True(File.Exists(Path.Combine(folder.Root, "site", "plan", "index.html")));
    }

    [Fact]
    public void The_accessibility_statement_the_theme_writes_for_a_new_plan_has_every_section_the_regulations_ask_for_with_marked_blanks()
    {
        // Given
        using var folder = new TestSite(string.Empty, withMarkerTheme: false);
        Assert.Equal(0, CliTests.CsaSite(folder.Root, "new", "plan").ExitCode);

        // When
        Assert.Equal(0, CliTests.CsaSite(folder.Root, "build", "--content", "plan", "--output", "site").ExitCode);
        var statement = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Root, "site", "accessibility", "index.html")));

        // Then
        var headings = statement.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        foreach (var heading in new[] { "Compliance status", "Content that is not accessible", "What to do if you cannot use this site", "Reporting accessibility problems with this website", "Enforcement procedure", "Preparation of this statement" })
        {
            Assert.Contains(heading, headings);
        }

        var text = statement.QuerySelector("main")!.TextContent;
        Assert.Contains("[TBC: email address", text, StringComparison.Ordinal);
        Assert.Contains("Equality and Human Rights Commission", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_never_writes_over_files()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nMine.\n");
        var before = TestSite.HashFolder(Path.Combine(site.Root, "content"));

        // When
        var run = CliTests.CsaSite(site.Root, "new", "content");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists and is not an empty folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.HashFolder(Path.Combine(site.Root, "content")));
    }

    [Theory]
    [InlineData("", 2, "new: give the name of the folder to write the plan into")]
    [InlineData("a-file", 2, "new: 'a-file' is a file; csa-site new never writes over files")]
    [InlineData("no-such-folder/under/it", 0, "")]
    public void New_says_what_is_wrong_with_the_folder_it_is_given(string folder, int exit, string message)
    {
        // Given: issue #29, 'new' onto a file, 'new ""' and an unwritable place were unclear or internal faults
        using var site = EmptyFolder();
        File.WriteAllText(Path.Combine(site.Root, "a-file"), "mine");

        // When
        var run = CliTests.CsaSite(site.Root, "new", folder);

        // Then: a clear message, the file untouched; a folder whose parents do not exist yet is made
        Assert.Equal(exit, run.ExitCode);
        Assert.StartsWith(message, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "a-file")));
        Assert.Equal(exit == 0, File.Exists(Path.Combine(site.Root, "no-such-folder", "under", "it", "site.yml")));
    }

    [SkippableFact]
    public void New_in_a_place_no_folder_can_be_made_is_an_error_not_an_internal_fault()
    {
        // Given: /proc takes no new folders, for root too
        Skip.IfNot(Directory.Exists("/proc"), "needs Linux's /proc");
        using var site = EmptyFolder();

        // When
        var run = CliTests.CsaSite(site.Root, "new", "/proc/csa-site-plan");

        // Then: the message names the folder asked for, never the one written first
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("new: could not write the plan into '/proc/csa-site-plan': ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".new-", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_plan_whose_statement_settings_are_filled_passes_the_release_checks_statement_rule()
    {
        // Given: a new plan, with the contact and every accessibility setting its site.yml asks for filled in (issue #23:
        // the theme's statement printed the email under a heading the rule did not read, so it could never pass)
        using var folder = EmptyFolder();
        CliTests.CsaSite(folder.Root, "new", "plan");
        var settings = Path.Combine(folder.Root, "plan", "site.yml");
        File.WriteAllText(settings, StarterSettings.FillStatement(File.ReadAllText(settings), "Riverside District", "safety@riverside.test", "full"));

        // When
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "plan", "--output", "site", "--base-url", "https://www.riverside.test/community-safety/");
        var release = CliTests.CsaSite(folder.Root, "check", "--release", "--content", "plan", "--output", "site", "--offline", "--date", "2026-03-01");

        // Then: the statement's own rule finds nothing, and the dates read as people write them
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.DoesNotContain("CSA1004", release.Stdout + release.Stderr, StringComparison.Ordinal);
        var statement = File.ReadAllText(Path.Combine(folder.Root, "site", "accessibility", "index.html"));
        Assert.Contains("prepared on 2 March 2026", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_plan_built_for_a_sub_path_passes_check_with_no_options_as_the_readme_says()
    {
        // Given: README "Start a new plan" step 5, a build for the web server's folder (issue #23: 'check --output site'
        // then read the base URL from ./content/site.yml and reported hundreds of false broken links)
        using var folder = EmptyFolder();
        CliTests.CsaSite(folder.Root, "new", "my-plan");
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "my-plan", "--base-url", "/community-safety/", "--output", "site");

        // When
        var checkedSite = CliTests.CsaSite(folder.Root, "check", "--output", "site");

        // Then: checked as it was built, and a wrong base URL given on purpose still finds the problems
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.True(checkedSite.ExitCode == 0, checkedSite.Stdout + checkedSite.Stderr);
        Assert.EndsWith("base_url: /community-safety/\n", File.ReadAllText(Path.Combine(folder.Root, "site", ".csa-site-output")), StringComparison.Ordinal);
        Assert.Equal(1, CliTests.CsaSite(folder.Root, "check", "--output", "site", "--base-url", "/elsewhere/").ExitCode);
    }

    // An empty folder, with no content or theme of its own, as a web officer who installed the tool has.
    private static TestSite EmptyFolder()
    {
        var folder = new TestSite(string.Empty, withMarkerTheme: false);
        File.Delete(Path.Combine(folder.Root, "content", "site.yml"));
        Directory.Delete(Path.Combine(folder.Root, "content"));
        return folder;
    }
}
