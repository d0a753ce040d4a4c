using Csa.Site.Diagnostics;
using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Errors name the place to fix: base URLs, undescribed tables, the README's own examples.</summary>
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
    public void The_readme_abbreviations_example_builds_the_default_site()
    {
        // Given: regression; with 'abbreviations: ASB: ...' three links to glossary.md#asb stayed unrewritten (3 × CSA0302).
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        // The default site.yml has its own 'abbreviations:' with ASB in it.
        Assert.Contains("  ASB: anti-social behaviour\n", File.ReadAllText(Path.Combine(site.Root, "content", "site.yml")), StringComparison.Ordinal);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("crime-overview/index.html");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/glossary/#asb");
        Assert.Single(page.QuerySelectorAll("main abbr[title='anti-social behaviour']"));
    }
}
