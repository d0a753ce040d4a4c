using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Building;

public sealed class GeneratePagesTests
{
    private const string Wards = TableSites.Descriptor + "\n" + TableSites.Csv + """

        -- content/index.md --
        ---
        title: Home
        ---
        [Find your ward](wards/index.md)
        -- content/wards/index.md --
        ---
        title: Find your ward
        ---
        {{ for c in page.children }}- [{{ c.title }}]({{ c.url }})
        {{ end }}
        -- content/wards/ward.md --
        ---
        title: "{ward} ward"
        nav_title: "{ward}"
        summary: Crime rates in {ward}, compared with other wards.
        url: /wards/{ward}/
        generate: ward-rates
        ---
        {{ page.row.ward }} has {{ figure 'ward-rates' page.row_key 'all_crime' }} crimes per 1,000 people, {{ band 'ward-rates' page.row_key 'all_crime' }}.
        """;

    [Fact]
    public void A_page_with_generate_is_built_once_per_table_row()
    {
        // Given
        using var site = new TestSite(Wards);

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("wards/hightown/index.html", "title: Hightown ward|", "Hightown has 150.0 crimes per 1,000 people, well above average.");
        site.AssertFileContent("wards/summerfield-all-saints/index.html", "title: Summerfield &amp; All Saints ward|", "Summerfield &amp; All Saints has 40.5 crimes per 1,000 people, not above average.");
        Assert.Equal(8, Directory.GetDirectories(Path.Combine(site.Output, "wards")).Length);
        Assert.False(site.OutputExists("wards/ward/index.html"));
        var index = site.Html("wards/index.html");
        Assert.Equal(8, index.QuerySelectorAll(".content li a").Length);
        Assert.Equal(["Home", "Find your ward"], site.Html("wards/lowtown/index.html").QuerySelectorAll(".crumbs a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("generate: ward-ratez", 6, "'generate: ward-ratez' must name a table")]
    [InlineData("url: /wards/{district}/", 5, "'{district}' in 'url' is not a field of table 'ward-rates'")]
    public void A_bad_generate_is_reported_at_its_line(string replacement, int line, string message)
    {
        // Given
        var text = Wards.Replace(replacement.StartsWith("url", StringComparison.Ordinal) ? "url: /wards/{ward}/" : "generate: ward-rates", replacement, StringComparison.Ordinal);
        using var site = new TestSite(text);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("content/wards/ward.md", line, DiagnosticCodes.UnknownTableReference), (error.Path, error.Line, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_page_can_include_a_snippet_written_for_its_row()
    {
        // Given
        using var site = new TestSite(Wards.Replace("{{ page.row.ward }} has", "{{ if has_snippet ('wards/' + page.row_slug + '.md') }}{{ include ('wards/' + page.row_slug + '.md') }}{{ end }}\n\n{{ page.row.ward }} has", StringComparison.Ordinal) + """

            -- content/_snippets/wards/summerfield-all-saints.md --
            Notes written for {{ page.row.ward }} only.
            """);

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("wards/summerfield-all-saints/index.html", "<p>Notes written for Summerfield &amp; All Saints only.</p>");
        site.AssertFileContent("wards/hightown/index.html", "! Notes written for");
    }
}
