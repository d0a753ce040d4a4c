using Csa.Site.Diagnostics;
using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Errors name the place to fix: base URLs, undescribed tables, and links beside an abbreviation the docs describe.</summary>
public sealed class ErrorPlaceTests
{
    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nWelcome.\n";

    [Theory]
    [InlineData("/cs\"><script>alert(1)</script>/")]
    [InlineData("/cs'/")]
    [InlineData("/c s/")]
    [InlineData("/cs`/")]
    [InlineData("/cs\\\\x/")]
    [InlineData("https://example.org/cs<x>/")]
    [InlineData("javascript:alert(1)")]
    public void A_base_url_that_could_break_out_of_an_attribute_is_CSA0003_at_its_line(string baseUrl)
    {
        // Given
        using var site = new TestSite(Home + $"-- content/site.yml --\ntitle: Test\nbase_url: '{baseUrl.Replace("'", "''", StringComparison.Ordinal)}'\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadBaseUrl, "content/site.yml", 2), (error.Code, error.Path, error.Line));
        Assert.StartsWith("base_url:", error.SourceLine, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_base_url_option_is_a_usage_error()
    {
        // When
        var run = CliTests.CsaSite(Path.GetTempPath(), "build", "--base-url", "/cs\"><script>alert(1)</script>/");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base-url:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("double quote", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CSA", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_the_descriptor_does_not_describe_is_reported_at_its_header_with_an_entry_to_add()
    {
        // Given
        using var site = new TestSite(Home + """
            -- content/data/datapackage.yml --
            name: test
            title: Test
            resources: []
            -- content/data/ward-rates.csv --
            ward,rate
            Stowe,1
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.UndescribedTable, "content/data/ward-rates.csv", 1), (error.Code, error.Path, error.Line));
        Assert.Equal("ward,rate", error.SourceLine);
        Assert.Contains("{name: ward-rates, path: ward-rates.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("{name: rate, title: rate, type: number}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_descriptor_entry_without_its_csv_is_reported_at_the_descriptor_line()
    {
        // Given
        using var site = new TestSite(Home + """
            -- content/data/datapackage.yml --
            name: test
            title: Test
            resources:
              - name: missing
                path: missing.csv
                title: Missing
                schema:
                  fields:
                    - {name: a, title: A, type: string}
                  primaryKey: a
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.UndescribedTable, "content/data/datapackage.yml", 4), (error.Code, error.Path, error.Line));
    }

    [Fact]
    public void Links_before_and_after_a_marked_abbreviation_are_rewritten()
    {
        // Given: regression; with 'abbreviations: ASB: ...' links to glossary.md#asb beside the first ASB stayed unrewritten (CSA0302).
        using var site = new TestSite("""
            -- content/site.yml --
            title: Test
            abbreviations:
              ASB: anti-social behaviour
            -- content/index.md --
            ---
            title: Home
            ---
            See [the glossary](glossary.md#asb) on ASB, and [again](glossary.md#asb) on ASB.

            - [ASB](glossary.md#asb) and ASB.
            -- content/glossary.md --
            ---
            title: Glossary
            ---
            ## Anti-social behaviour {#asb}

            Words.
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        Assert.Equal(["/glossary/#asb", "/glossary/#asb", "/glossary/#asb"], page.QuerySelectorAll(".content a").Select(a => a.GetAttribute("href")));
        Assert.Single(page.QuerySelectorAll(".content abbr[title='anti-social behaviour']"));
    }
}
