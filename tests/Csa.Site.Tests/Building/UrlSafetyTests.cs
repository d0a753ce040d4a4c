using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>A page never overwrites a file the build publishes, and a URL that cannot be written is reported at the page.</summary>
public sealed class UrlSafetyTests
{
    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nWelcome.\n";

    private const string Table = """
        -- content/data/datapackage.yml --
        name: test-data
        title: Test
        resources:
          - name: rates
            path: rates.csv
            title: Rates
            schema:
              fields:
                - {name: ward, title: Ward, type: string}
                - {name: rate, title: Rate, type: number}
              primaryKey: ward
        -- content/data/rates.csv --
        ward,rate
        Stowe,1
        ..,2
        """;

    public static TheoryData<string, string> ReservedUrls => new()
    {
        { "/data/rates.csv", "CSV download" },
        { "/data/rates.json", "JSON download" },
        { "/data/datapackage.json", "data package" },
        { "/data/rates.csv/", "CSV download" },
        { "/charts/index-chart.svg", "chart files" },
        { "/assets/site.css", "theme asset" },
        { "/images/map.svg", "content file" },
        { "/sitemap.xml", "sitemap" },
        { "/robots.txt", "robots.txt" },
        { "/social-preview.png", "social preview" },
    };

    [Theory]
    [MemberData(nameof(ReservedUrls))]
    public void A_url_that_would_overwrite_a_published_file_is_CSA0103_at_its_url_line(string url, string what)
    {
        // Given
        using var site = new TestSite(Home + Table.Replace("        ..,2\n", string.Empty, StringComparison.Ordinal) + $"""

            -- content/images/map.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/clash.md --
            ---
            title: Clash
            url: {url}
            ---
            Text.
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.DuplicateUrl, "content/clash.md", 3, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Equal($"url: {url}", error.SourceLine);
    }

    [Fact]
    public void A_generated_page_url_is_checked_against_published_files_too()
    {
        // Given: the row 'rates.csv' would put a page over the CSV download.
        using var site = new TestSite(Home + Table.Replace("..,2", "rates.csv,2", StringComparison.Ordinal) + """

            -- content/ward.md --
            ---
            title: "{ward}"
            url: /data/{ward}
            generate: rates
            ---
            Text.
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.DuplicateUrl, "content/ward.md", 3), (error.Code, error.Path, error.Line));
    }

    [Fact]
    public void A_row_whose_slug_is_empty_is_reported_at_the_url_line_naming_the_row()
    {
        // Given: the row '..' slugs to nothing (dots at either end are dropped).
        using var site = new TestSite(Home + Table + """

            -- content/ward.md --
            ---
            title: "{ward}"
            url: /w/{ward}/
            generate: rates
            ---
            Text.
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BadUrlSegment, "content/ward.md", 3), (error.Code, error.Path, error.Line));
        Assert.Contains("row '..'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_no_letter_or_digit_is_reported_at_its_own_path()
    {
        // Given: '!!!.md' used to get an empty slug, take '/' and blame content/index.md.
        using var site = new TestSite(Home + "-- content/!!!.md --\n---\ntitle: Bangs\n---\nText.\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BadUrlSegment, "content/!!!.md"), (error.Code, error.Path));
        Assert.Contains("rename the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_segment_over_255_bytes_is_reported_at_the_url_line_not_as_an_output_failure()
    {
        // Given
        var segment = new string('a', 300);
        using var site = new TestSite(Home + $"-- content/long.md --\n---\ntitle: Long\nurl: /x/{segment}/\n---\nText.\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BadUrlSegment, "content/long.md", 3), (error.Code, error.Path, error.Line));
        Assert.Contains("300 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("255", error.Message, StringComparison.Ordinal);
    }
}
