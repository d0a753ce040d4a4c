using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Cli;

/// <summary>Issue #23: every problem is reported at the file and line the author edits (the setting in <c>site.yml</c>,
/// the descriptor's line, the content folder by its real name), never at built HTML when a source exists; and every
/// error of a page in one run.</summary>
public sealed class WhereToEditTests
{
    [Fact]
    public void The_release_check_of_an_untouched_new_plan_names_each_blank_at_the_line_of_the_file_that_holds_it()
    {
        // Given: a new plan, built as it is (the title in site.yml is a blank; the statement's settings are commented out)
        using var folder = NewPlan("riverside");
        Assert.Equal(0, CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site").ExitCode);

        // When
        var release = CliTests.CsaSite(folder.Root, "check", "--release", "--content", "riverside", "--output", "site", "--offline", "--date", "2026-03-20");

        // Then: blanks at their own lines, the statement's gaps at the settings; nothing at a built page
        var lines = release.Stdout.Split('\n');
        var titleLine = LineOf(folder, "riverside/site.yml", "title: ");
        var accessibilityLine = LineOf(folder, "riverside/site.yml", "accessibility:");
        Assert.Contains($"riverside/site.yml:{titleLine}: error CSA1003: placeholder text 'TBC': replace it with the real text before publishing", lines);
        Assert.Contains(lines, l => l.StartsWith($"riverside/site.yml:{accessibilityLine}: error CSA1004: the accessibility statement gives no compliance status", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"riverside/site.yml:{LineOf(folder, "riverside/site.yml", "contact:")}: error CSA1004: the accessibility statement gives no email address or phone number", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("riverside/data/areas.csv:2: error CSA1003", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("riverside/priorities/example-priority.md:3: error CSA1003", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("site/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith($"riverside/site.yml:1: error CSA1003", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_setting_uncommented_but_not_filled_in_is_an_error_at_its_line_and_never_published()
    {
        // Given: the '#' taken off every statement line of a new plan's site.yml, the blanks left as they were
        using var folder = NewPlan("riverside");
        var settings = Path.Combine(folder.Root, "riverside", "site.yml");
        var text = File.ReadAllText(settings);
        File.WriteAllText(settings, System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^  # (organisation|address|tested|prepared|reviewed):", "  $1:"));
        var withContact = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^  # (email|phone):", "  $1:");

        // When: the statement's blanks; then the contact's, which every page prints as links
        Assert.Equal(0, CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site").ExitCode);
        var release = CliTests.CsaSite(folder.Root, "check", "--release", "--content", "riverside", "--output", "site", "--offline", "--date", "2026-03-20");
        File.WriteAllText(settings, withContact);
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site");

        // Then: each at its own line (uncommenting moves no line)
        int Line(string key) => Array.FindIndex(text.Split('\n'), l => l.StartsWith("  # " + key + ":", StringComparison.Ordinal)) + 1;
        foreach (var key in new[] { "organisation", "address", "tested", "prepared", "reviewed" })
        {
            Assert.Contains($"riverside/site.yml:{Line(key)}: error CSA1003: placeholder text 'TBC'", release.Stdout, StringComparison.Ordinal);
        }

        Assert.Equal(1, built.ExitCode);
        Assert.Contains($"riverside/site.yml:{Line("email")}:1: error CSA0002: 'contact: email:' is '[TBC: the team's email address]', which is not an email address", built.Stderr, StringComparison.Ordinal);
        Assert.Contains($"riverside/site.yml:{Line("phone")}:1: error CSA0002: 'contact: phone:' is '[TBC: the team's telephone number]', which is not a telephone number", built.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CSA0302", built.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plans_heading_that_links_to_a_renamed_page_is_reported_at_its_line_in_the_descriptor()
    {
        // Given: the example priority renamed, its heading's page: left as it was
        using var folder = NewPlan("riverside");
        var content = Path.Combine(folder.Root, "riverside");
        File.Move(Path.Combine(content, "priorities", "example-priority.md"), Path.Combine(content, "priorities", "asb.md"));
        var index = Path.Combine(content, "priorities", "index.md");
        File.WriteAllText(index, File.ReadAllText(index).Replace("example-priority.md", "asb.md", StringComparison.Ordinal));

        // When
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site");

        // Then: at the heading's line, quoting it
        var line = LineOf(folder, "riverside/data/datapackage.yml", "page: /priorities/example-priority/");
        Assert.Equal(1, built.ExitCode);
        Assert.StartsWith($"riverside/data/datapackage.yml:{line}: error CSA0302: link to '/priorities/example-priority/' (a href): no such page", built.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("riverside/plan.md", built.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_and_a_missing_plan_are_reported_with_the_content_folders_real_name()
    {
        // Given: a page linking to a page that does not exist, and the plan's tables left out of the descriptor
        using var folder = NewPlan("riverside");
        var content = Path.Combine(folder.Root, "riverside");
        File.AppendAllText(Path.Combine(content, "glossary.md"), "\nSee [the report](report.md).\n");
        var descriptor = Path.Combine(content, "data", "datapackage.yml");
        var text = File.ReadAllText(descriptor);
        File.WriteAllText(descriptor, text[..text.IndexOf("\nplan:", StringComparison.Ordinal)] + "\n");

        // When
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site");

        // Then
        Assert.Contains("no page 'riverside/report.md' exists", built.Stderr, StringComparison.Ordinal);
        Assert.Contains("name its tables in 'plan:' in riverside/data/datapackage.yml", built.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("content/", built.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pages_template_error_and_its_charts_error_are_reported_in_the_same_run()
    {
        // Given: a figure of a row that does not exist, and below it a chart of a field that does not exist
        using var folder = NewPlan("riverside");
        File.AppendAllText(Path.Combine(folder.Root, "riverside", "glossary.md"), """

            Nowhere has {{ figure 'areas' 'Nowhere' 'population' }} people.

            ```chart
            type: ranked-bars
            table: areas
            category: area
            value: crime_rat
            title: Crime rates by area
            subtitle: Recorded crimes per 1,000 people
            ```

            """);

        // When
        var built = CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site");

        // Then: both, at their lines
        Assert.Equal(1, built.ExitCode);
        Assert.Contains("error CSA0404: table 'areas' has no row with key 'Nowhere'", built.Stderr, StringComparison.Ordinal);
        Assert.Contains("error CSA0505: table 'areas' has no field 'crime_rat'", built.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build failed: 2 errors, 0 warnings", built.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_release_check_judges_the_base_url_the_site_was_built_with()
    {
        // Given: site.yml has no host, the build is given one on its command line
        using var folder = NewPlan("riverside");
        CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "site", "--base-url", "https://www.riverside.gov.uk/cs/");
        CliTests.CsaSite(folder.Root, "build", "--content", "riverside", "--output", "bare", "--base-url", "/cs/");

        // When
        var withHost = CliTests.CsaSite(folder.Root, "check", "--release", "--content", "riverside", "--output", "site", "--offline");
        var bare = CliTests.CsaSite(folder.Root, "check", "--release", "--content", "riverside", "--output", "bare", "--offline");

        // Then
        Assert.DoesNotContain("CSA1005", withHost.Stdout, StringComparison.Ordinal);
        Assert.Contains("bare/.csa-site-output: error CSA1005: the site was built with --base-url '/cs/', which has no host", bare.Stdout, StringComparison.Ordinal);
    }

    private static TestSite NewPlan(string name)
    {
        var folder = new TestSite(string.Empty, withMarkerTheme: false);
        File.Delete(Path.Combine(folder.Root, "content", "site.yml"));
        Directory.Delete(Path.Combine(folder.Root, "content"));
        Assert.Equal(0, CliTests.CsaSite(folder.Root, "new", name).ExitCode);
        return folder;
    }

    private static int LineOf(TestSite folder, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(folder.Root, file)), l => l.Contains(text, StringComparison.Ordinal) && !l.TrimStart().StartsWith('#')) + 1;
}
