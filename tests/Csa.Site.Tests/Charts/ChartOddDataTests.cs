using System.Globalization;
using System.Text;
using Csa.Site.Diagnostics;

namespace Csa.Site.Tests.Charts;

/// <summary>Hardening: a ranked-bars chart with a value of 0 crashed the build ("internal error: AggregateException ... the SVG
/// canvas wrote 24 elements for 25 marks"). Every chart type must draw odd data or report a CSA05xx error at the block's
/// line, never an internal error. All figures here are synthetic.</summary>
public sealed class ChartOddDataTests
{
    // The page body starts on line 4; the fence is on line 6 and the block ends on line 6 + settings + 1.
    private const int FenceLine = 6;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var cases = new Dictionary<string, string>
        {
            ["a zero"] = Rows(("Alpha", "10", "12"), ("Beta", "0", "3"), ("Gamma", "5", "0")),
            ["all zeros"] = Rows(("Alpha", "0", "0"), ("Beta", "0", "0"), ("Gamma", "0", "0")),
            ["negatives"] = Rows(("Alpha", "-10", "4"), ("Beta", "20", "-3"), ("Gamma", "-5", "-8")),
            ["all negative"] = Rows(("Alpha", "-10", "-4"), ("Beta", "-20", "-3"), ("Gamma", "-5", "-8")),
            ["a single row"] = Rows(("Alpha", "10", "12")),
            ["5,000 rows"] = Rows([.. Enumerable.Range(1, 5000).Select(i => ("Row " + i.ToString(CultureInfo.InvariantCulture), (i % 97).ToString(CultureInfo.InvariantCulture), (i % 13).ToString(CultureInfo.InvariantCulture)))]),
            ["very long labels"] = Rows((string.Concat(Enumerable.Repeat("Averyveryverylongwordwithoutspaces", 10)), "10", "2"), (string.Concat(Enumerable.Repeat("a long label with spaces ", 30)), "20", "3"), ("Short", "5", "1")),
            ["huge values"] = Rows(("Alpha", "1e300", "1.7e308"), ("Beta", "2e300", "1e308"), ("Gamma", "1", "1e307")),
            ["huge of both signs"] = Rows(("Alpha", "-1.7e308", "1.7e308"), ("Beta", "1.7e308", "-1.7e308"), ("Gamma", "0", "1")),
            ["tiny values"] = Rows(("Alpha", "1e-300", "2e-300"), ("Beta", "3e-300", "5e-324"), ("Gamma", "0", "1e-310")),
            ["equal values"] = Rows(("Alpha", "7.5", "7.5"), ("Beta", "7.5", "7.5"), ("Gamma", "7.5", "7.5")),
            ["missing values"] = Rows(("Alpha", "..", "2"), ("Beta", "4", ".."), ("Gamma", "..", "..")),
        };
        foreach (var (name, csv) in cases)
        {
            foreach (var type in new[] { "ranked-bars", "paired", "part-to-whole", "line" })
            {
                data.Add(type + ": " + name, csv);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_chart_of_odd_data_draws_or_reports_a_chart_error_at_its_block(string name, string csv)
    {
        // Given
        var type = name[..name.IndexOf(':', StringComparison.Ordinal)];
        var block = Block(type);
        using var site = ChartSites.Create(Descriptor + "\n-- content/data/odd.csv --\n" + csv + ChartSites.Page("Intro.\n\n" + block));

        // When
        var result = site.Build();

        // Then
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (result.Succeeded)
        {
            var figure = site.Html("index.html").QuerySelector("figure.csa-chart");
            Assert.NotNull(figure);
            Assert.Equal(2, figure.QuerySelectorAll("svg[role=img]").Length);
            return;
        }

        var lastLine = FenceLine + block.Split('\n').Length - 1;
        Assert.All(errors, e =>
        {
            Assert.StartsWith("CSA05", e.Code, StringComparison.Ordinal);
            Assert.Equal("content/index.md", e.Path);
            Assert.InRange(e.Line, FenceLine, lastLine);
            Assert.NotNull(e.SourceLine);
        });
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void A_bar_of_0_is_drawn_as_its_value_label_alone()
    {
        // Given: the regression from the hardening issue, a ranked-bars chart with a value of 0.
        using var site = ChartSites.Create(Descriptor + "\n-- content/data/odd.csv --\n" + Rows(("Alpha", "10", "1"), ("Beta", "0", "1"), ("Gamma", "5", "1")) + ChartSites.Page(Block("ranked-bars")));

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), "chart-odd-a");
        Assert.Equal(["Alpha", "Gamma"], svg.QuerySelectorAll("rect.csa-chart__bar").Select(b => b.GetAttribute("data-label")));
        Assert.Contains(svg.QuerySelectorAll("text.csa-chart__value"), t => t.GetAttribute("data-label") == "Beta" && t.TextContent == "0");
    }

    [Fact]
    public void Too_many_rows_are_a_CSA0510_error_at_the_table_setting()
    {
        // Given
        var csv = Rows([.. Enumerable.Range(1, ChartDataBuilderMaxRows + 1).Select(i => ("Row " + i.ToString(CultureInfo.InvariantCulture), "1", "2"))]);
        using var site = ChartSites.Create(Descriptor + "\n-- content/data/odd.csv --\n" + csv + ChartSites.Page(Block("ranked-bars")));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.UndrawableChart, 6), (error.Code, error.Line));
        Assert.Contains("at most 500", error.Message, StringComparison.Ordinal);
    }

    private const int ChartDataBuilderMaxRows = Csa.Site.Charts.ChartDataBuilder.MaxRows;

    private const string Descriptor = """
        -- content/data/datapackage.yml --
        name: odd-data
        title: Odd synthetic data
        resources:
          - name: odd
            path: odd.csv
            title: Odd values (synthetic)
            sources:
              - title: Synthetic figures for tests
            schema:
              fields:
                - name: name
                  title: Name
                  type: string
                - name: a
                  title: First
                  type: number
                - name: b
                  title: Second
                  type: number
              primaryKey: name
              missingValues: [".."]
        """;

    private static string Block(string type) => type switch
    {
        "paired" => "```chart\ntype: paired\ntable: odd\ncategory: name\nvalues: [a, b]\ntitle: T\nsubtitle: S\n```",
        "line" => "```chart\ntype: line\ntable: odd\nx: name\nvalues: [a, b]\ntitle: T\nsubtitle: S\n```",
        "part-to-whole" => "```chart\ntype: part-to-whole\ntable: odd\ncategory: name\nvalue: a\ntitle: T\nsubtitle: S\n```",
        _ => "```chart\ntype: ranked-bars\ntable: odd\ncategory: name\nvalue: a\ntitle: T\nsubtitle: S\nreference: [mean, +1sd, +2sd]\n```",
    };

    private static string Rows(params (string Name, string A, string B)[] rows)
    {
        var sb = new StringBuilder("name,a,b\n");
        foreach (var (n, a, b) in rows)
        {
            sb.Append(n).Append(',').Append(a).Append(',').Append(b).Append('\n');
        }

        return sb.ToString();
    }
}
