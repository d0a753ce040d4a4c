using System.Net;
using Csa.Site.Checks;
using Csa.Site.Release;
using Csa.Site.Diagnostics;
using static Csa.Site.Tests.Release.ReleaseSite;

namespace Csa.Site.Tests.Release;

public sealed class ReleaseCheckerTests
{
    [Fact]
    public void A_finished_site_is_ready_with_nothing_to_report()
    {
        // Given a site with a host, a deadline, a complete statement and no placeholders
        // When
        var report = Check();

        // Then
        Assert.True(report.Ready, Lines(report));
        Assert.Empty(report.Findings);
        Assert.Equal(12, report.DaysLeft);
    }

    [Fact]
    public void A_missing_deadline_warns_and_a_passed_one_warns_with_the_days()
    {
        // Given
        var passed = Check(date: new DateOnly(2026, 4, 4));
        var missing = Check(SiteYml.Replace("publish_by: 2026-04-01", string.Empty, StringComparison.Ordinal));

        // When
        var passedFinding = Assert.Single(passed.Findings);
        var missingFinding = Assert.Single(missing.Findings);

        // Then
        Assert.True(passed.Ready);
        Assert.Equal("content/site.yml:3: warning CSA1001: the deadline publish_by: 2026-04-01 passed 3 days ago", passedFinding.ToString());
        Assert.Equal(ReleaseCodes.PublishDeadline, missingFinding.Code);
        Assert.Equal(Severity.Warning, missingFinding.Severity);
    }

    [Fact]
    public void A_deadline_that_is_not_a_date_blocks()
    {
        // When
        var report = Check(SiteYml.Replace("2026-04-01", "1 April", StringComparison.Ordinal));

        // Then
        Assert.False(report.Ready);
        Assert.Contains("content/site.yml:3: error CSA1001: publish_by: '1 April' is not a date written YYYY-MM-DD", Lines(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_and_later_pages_warn_and_a_placeholder_page_blocks()
    {
        // Given
        const string pages = """
            -- content/draft.md --
            ---
            title: Draft page
            draft: true
            ---
            Later.
            -- content/later.md --
            ---
            title: Later page
            publish_date: 2026-05-01
            ---
            Later.
            -- content/stub.md --
            ---
            title: Stub
            placeholder: true
            ---
            Words to come. See [home](index.md).
            """;

        // When
        var report = Check(pages);

        // Then
        var lines = Lines(report);
        Assert.Contains("content/draft.md:3: warning CSA1002: 'Draft page' is a draft and is left out of the site", lines, StringComparison.Ordinal);
        Assert.Contains("content/later.md:3: warning CSA1002: 'Later page' has publish_date 2026-05-01, after 2026-03-20", lines, StringComparison.Ordinal);
        Assert.Contains("content/stub.md:3: error CSA1002: 'Stub' is marked 'placeholder: true'", lines, StringComparison.Ordinal);
        Assert.Equal(1, report.Blocking);
    }

    [Fact]
    public void Placeholder_text_blocks_at_its_page_and_line_and_capitals_match_whole_words_only()
    {
        // Given
        const string page = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome. Read the [accessibility statement](accessibility.md).

            Opening hours TBC. Todos and TBCs are not placeholders.
            Contact [contact] or see [our page](https://www.example.com/x).
            """;

        // When
        var report = Check(page);

        // Then
        var found = report.Findings.Where(f => f.Code == ReleaseCodes.PlaceholderText).Select(f => f.Message.Split(':')[0]).ToList();
        Assert.Equal(["placeholder text 'TBC'", "placeholder text '[contact]'", "placeholder text 'example.com'"], found);
        Assert.Equal(["content/index.md:6", "content/index.md:7", "content/index.md:7"], report.Findings.Where(f => f.Code == ReleaseCodes.PlaceholderText).Select(f => $"{f.Path}:{f.Line}"));
    }

    [Fact]
    public void Placeholder_patterns_come_from_site_yml_when_listed()
    {
        // Given
        var siteYml = SiteYml + "\nrelease:\n  placeholders: [XXX]\n";
        const string page = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome XXX TODO. Read the [accessibility statement](accessibility.md).
            """;

        // When
        var report = Check(siteYml + "\n" + page);

        // Then
        var finding = Assert.Single(report.Findings);
        Assert.StartsWith("placeholder text 'XXX'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("release:\n  placeholders: DRAFT\n", 5, "'release: placeholders:' must be a list of texts")]
    [InlineData("release:\n  accessibility_statement: ../../../../etc/passwd\n", 5, "'release: accessibility_statement:' must be the statement's URL on this site")]
    public void Release_settings_that_are_not_what_they_must_be_block_at_their_line_and_the_defaults_are_used(string release, int line, string expected)
    {
        // Given: a ready site, built, whose release settings are then changed (the build itself rejects them)
        using var site = new Support.TestSite(SiteYml + "\n" + Statement + "\n" + ReleaseSite.Index);
        site.BuildClean();
        File.AppendAllText(Path.Combine(site.Root, "content", "site.yml"), release);

        // When (issue #29: these were accepted silently, and a statement outside the output was read and judged)
        var report = Run(site);

        // Then: the setting's error; the statement is still checked at /accessibility/, and passes
        var finding = Assert.Single(report.Findings);
        Assert.StartsWith($"content/site.yml:{line}:1: error CSA0002: {expected}", finding.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This website is partially compliant with", "This website is being checked against", "no compliance status")]
    [InlineData("## Non-accessible content", "## Known issues", "no section on content that is not accessible")]
    [InlineData("email\n<access@partnership.gov.uk> or call 01234 567890.", "contact the\nAccess Team.", "gives no email address or phone number")]
    [InlineData("The Equality and Human Rights Commission (EHRC) enforces", "A regulator enforces", "does not describe the enforcement procedure")]
    [InlineData("prepared on 1 March 2026", "prepared in spring", "does not say when it was prepared")]
    [InlineData("last reviewed on 1 March 2026", "last reviewed recently", "does not say when it was last reviewed")]
    [InlineData("last reviewed on 1 March 2026", "last reviewed on 1 March 2025", "more than a year before 20 March 2026")]
    public void The_accessibility_statement_is_checked_against_regulation_8(string from, string to, string expected)
    {
        // Given
        var statement = Statement.Replace(from, to, StringComparison.Ordinal);

        // When
        var report = Check(statement);

        // Then
        var finding = Assert.Single(report.Findings);
        Assert.StartsWith("content/accessibility.md: error CSA1004: ", finding.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_a_statement_blocks()
    {
        // Given
        using var site = new Support.TestSite(SiteYml + "\n-- content/index.md --\n---\ntitle: Home\n---\nHello.\n");
        site.BuildClean();

        // When
        var report = Run(site);

        // Then
        var finding = Assert.Single(report.Findings);
        Assert.Contains("there is no accessibility statement at '/accessibility/'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_without_a_host_blocks_at_its_line()
    {
        // When
        var report = Check(SiteYml.Replace("https://www.example.gov.uk/cs/", "/cs/", StringComparison.Ordinal));

        // Then
        var finding = Assert.Single(report.Findings);
        Assert.StartsWith("content/site.yml:2: error CSA1005: the base URL '/cs/' has no host", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_without_licence_or_source_block_and_unpublished_measures_warn()
    {
        // Given
        const string data = """
            -- content/data/datapackage.yml --
            name: test
            title: Test data
            resources:
              - name: wards
                path: wards.csv
                title: Wards
                schema:
                  fields:
                    - {name: ward, title: Ward, type: string}
                    - {name: rate, title: Rate, type: number}
                  primaryKey: ward
            not_published:
              - title: Victim profile
                section: Crime
                reason: A picture only.
            -- content/data/wards.csv --
            ward,rate
            Stowe,1.5
            """;

        // When
        var report = Check(data);

        // Then
        var lines = Lines(report);
        Assert.Contains("content/data/datapackage.yml:4: error CSA1006: table 'wards' has no licence", lines, StringComparison.Ordinal);
        Assert.Contains("content/data/datapackage.yml:4: error CSA1006: table 'wards' has no source", lines, StringComparison.Ordinal);
        Assert.Contains("content/data/datapackage.yml:12: warning CSA1006: 1 measure is listed under not_published", lines, StringComparison.Ordinal);
        Assert.Contains("Victim profile", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_typed_into_the_text_that_no_table_holds_blocks_at_its_line_and_column()
    {
        // Given: a table holding 12.35 and 0.42, and a page typing figures, some held, some not, some not figures at all
        const string site = """
            -- content/data/datapackage.yml --
            name: test
            title: Test data
            licenses: [{name: OGL-UK-3.0, title: Open Government Licence v3.0, path: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/}]
            sources: [{title: Test assessment}]
            resources:
              - name: wards
                path: wards.csv
                title: Wards
                schema:
                  fields:
                    - {name: ward, title: Ward, type: string}
                    - {name: rate, title: Rate, type: number}
                  primaryKey: ward
            -- content/data/wards.csv --
            ward,rate
            Stowe,12.35
            Curborough,0.42
            Boley Park,1234
            -- content/about.md --
            ---
            title: About
            ---
            Stowe's rate was 12.4 in 2019-20, or 12 rounded, and 42% were repeat victims.
            Across 3 wards there were 1,234 crimes {{ "and 77.7 printed by Scriban" }}.
            The average was 59.5 for every
            1,000 people aged 40 to 64. Call 101 or 01234 567890 on 1 April 2019, see section 3.2.
            Curborough had 0.5 and `99.9` is code.
            """;

        // When
        var report = Check(site + "\n-- content/index.md --\n---\ntitle: Home\n---\nRead [about](about.md) and the [accessibility statement](accessibility.md).\n");

        // Then: only the two figures no table holds, each at its place
        var typed = report.Findings.Where(f => f.Code == ReleaseCodes.TypedFigure).Select(f => f.ToString()).ToList();
        Assert.Equal(2, typed.Count);
        Assert.StartsWith("content/about.md:6:17: error CSA1007: the figure '59.5' is typed into the text but no table in content/data holds it", typed[0], StringComparison.Ordinal);
        Assert.StartsWith("content/about.md:8:16: error CSA1007: the figure '0.5'", typed[1], StringComparison.Ordinal);
        Assert.False(report.Ready);
    }

    [Fact]
    public void A_figure_too_long_for_any_table_blocks_as_untraced_instead_of_stopping_the_check()
    {
        // Given: issue #29, a 33-digit figure made the release check fail with an OverflowException (exit 3)
        const string page = """
            -- content/index.md --
            ---
            title: Home
            ---
            Read the [accessibility statement](accessibility.md). There were 123456789012345678901234567890123 crimes,
            or 0.1234567890123456789012345678901234% of them.
            """;

        // When
        var report = Check(page);

        // Then
        var typed = report.Findings.Where(f => f.Code == ReleaseCodes.TypedFigure).Select(f => f.Message.Split(" is typed")[0]).ToList();
        Assert.Equal(["the figure '123456789012345678901234567890123'", "the figure '0.1234567890123456789012345678901234%'"], typed);
    }

    [Fact]
    public void A_broken_internal_link_blocks_and_a_dead_external_link_warns_unless_ignored()
    {
        // Given
        const string page = """
            -- content/index.md --
            ---
            title: Home
            ---
            Read the [accessibility statement](accessibility.md) and [the council](https://council.example/gone).
            """;
        using var handler = new StatusHandler("council.example", HttpStatusCode.NotFound);
        var external = new ExternalLinkOptions { Handler = handler, PerHostDelay = TimeSpan.FromMilliseconds(1), Retries = 0 };

        // When
        var checkedReport = Check(page, external: external);
        var ignoredReport = Check(page, external: external, ignore: ["https://council.example/"]);

        // Then
        var finding = Assert.Single(checkedReport.Findings, f => f.Code == DiagnosticCodes.BrokenExternalLink);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("HTTP 404", finding.Message, StringComparison.Ordinal);
        Assert.Empty(ignoredReport.Findings);
    }

    private sealed class StatusHandler(string host, HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(request.RequestUri!.Host == host ? status : HttpStatusCode.OK));
    }
}
