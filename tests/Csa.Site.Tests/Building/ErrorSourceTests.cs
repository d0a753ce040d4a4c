using Csa.Site.Diagnostics;
using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Building;

/// <summary>Each source of diagnostics names the file, line and column the author wrote, even after a multi-line Scriban
/// block has changed how many lines the Markdown has; every error of a page is reported, and a failed table only once.</summary>
public sealed class ErrorSourceTests
{
    // Lines 4 to 8 of the page: a Scriban block that prints nothing, then a block that prints three lines.
    private const string Block = "{{\n  area = site.title\n  n = 3\n}}\n{{ for i in 1..n }}\nLine {{ i }}.\n{{ end }}\n";

    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nSee [the probe](probe.md).\n";

    public static TheoryData<string, string, string, int, int> Faults => new()
    {
        // A Markdown link to a page that does not exist.
        { "Intro.\n\nSee [the plan](missing.md) soon.", DiagnosticCodes.BrokenContentLink, "content/probe.md", 13, 5 },
        // A level-1 heading.
        { "Intro.\n\n# Second title", DiagnosticCodes.ContentH1, "content/probe.md", 13, 1 },
        // Raw HTML.
        { "Intro.\n\nText <b>bold</b> here.", DiagnosticCodes.RawHtml, "content/probe.md", 13, 6 },
        // An unknown variable.
        { "Intro.\n\nThe area is {{ aera }}.", DiagnosticCodes.UnknownName, "content/probe.md", 13, 16 },
        // An unknown site setting.
        { "Intro.\n\nThe area is {{ site.area }}.", DiagnosticCodes.UnknownName, "content/probe.md", 13, 21 },
        // An unknown page parameter.
        { "Intro.\n\nColour: {{ page.params.color }}.", DiagnosticCodes.UnknownName, "content/probe.md", 13, 24 },
        // An unknown table.
        { "Intro.\n\nRows: {{ data.ward_ratez.row_count }}.", DiagnosticCodes.UnknownName, "content/probe.md", 13, 15 },
        // A function call that fails.
        { "Intro.\n\n{{ table 'ward-rates' { columns: ['robbery'] } }}", DiagnosticCodes.UnknownTableReference, "content/probe.md", 13, 4 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_after_a_multi_line_scriban_block_is_reported_at_its_file_line_and_column(string body, string code, string path, int line, int column)
    {
        // Given
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv + "\n" + Home + "-- content/probe.md --\n---\ntitle: Probe\n---\n" + Block + body + "\n");

        // When
        var result = site.Build(new Csa.Site.Building.BuildOptions { WarningsAsErrors = true });

        // Then
        var found = Assert.Single(result.Diagnostics);
        Assert.Equal((code, path, line, column), (found.Code, found.Path, found.Line, found.Column));
        Assert.Equal(body.Split('\n')[^1], found.SourceLine);
    }

    [Fact]
    public void A_bad_chart_setting_after_a_multi_line_scriban_block_is_reported_at_its_line()
    {
        // Given: the fence is on line 13, so 'top:' is on line 20.
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(Block + "Intro.\n\n```chart\ntype: ranked-bars\ntable: ward-rates\ncategory: ward\nvalue: all_crime\ntitle: T\nsubtitle: S\ntop: ten\n```"));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadChartSetting, "content/index.md", 20, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal("top: ten", error.SourceLine);
    }

    [Fact]
    public void An_unknown_name_in_a_snippet_is_reported_in_the_snippet()
    {
        // Given
        using var site = new TestSite(Home + "-- content/probe.md --\n---\ntitle: Probe\n---\n" + Block + "{{ include 'note.md' }}\n-- content/_snippets/note.md --\nA note.\n\nFor {{ site.titel }}.\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownName, "content/_snippets/note.md", 3, 13), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("did you mean 'site.title'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_in_a_layout_is_reported_in_the_layout_but_a_tested_one_is_not()
    {
        // Given: 'page.summary' is tested before use; 'site.footer' is printed without a test.
        using var site = new TestSite("""
            -- themes/default/layouts/page.html --
            <!DOCTYPE html><html lang="en-GB"><head><title>{{ page.title }}</title></head><body><main>
            {{ if page.summary }}<p>{{ page.summary }}</p>{{ end }}{{ page.params.note ?? '' }}
            {{ page.content }}
            <footer>{{ site.footer }}</footer>
            </main></body></html>
            -- content/index.md --
            ---
            title: Home
            ---
            Hello.
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownName, "themes/default/layouts/page.html", 4, 17), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("'site' has no 'footer'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ site.titel }}", "did you mean 'site.title'?")]
    [InlineData("{{ data.ward_rate.row_count }}", "did you mean 'data.ward_rates'?")]
    [InlineData("{{ page.titel }}", "did you mean 'page.title'?")]
    [InlineData("{{ tabel 'ward-rates' {} }}", "did you mean 'table'?")]
    [InlineData("{{ site.zzzzzz }}", "(it has: ")]
    public void An_unknown_name_names_what_exists_nearby(string body, string expected)
    {
        // Given
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv + "\n" + "-- content/index.md --\n---\ntitle: Home\n---\n" + body + "\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownName, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_page_is_reported_once_per_line()
    {
        // Given: three faults on three lines, the second used twice on its line.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nA {{ site.a }}.\n\nB {{ b.c }} and {{ b.c }}.\n\nC {{ page.params.d }}.\n");

        // When
        var result = site.Build();

        // Then
        Assert.Equal(
            [("content/index.md", 4, 11), ("content/index.md", 6, 6), ("content/index.md", 8, 18)],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.UnknownName, d.Code));
    }

    [Fact]
    public void A_table_that_failed_to_load_is_reported_once_not_again_where_pages_use_it()
    {
        // Given: a CSV with a word where a number belongs, used by the page in three ways.
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv.Replace("Midtown,100,", "Midtown,many,", StringComparison.Ordinal) + "\n" + """
            -- content/index.md --
            ---
            title: Home
            ---
            There are {{ data.ward_rates.row_count }} wards.

            {{ for row in data.ward_rates.rows }}{{ row.ward }} {{ end }}

            {{ table 'ward-rates' {} }}
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 3), (error.Code, error.Path, error.Line));
    }
}
