using Csa.Site.Diagnostics;
using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Front matter, chart blocks and <c>site.yml</c> are read by one typed reader, so a value of the wrong kind is
/// reported in one style at its line, with the line quoted.</summary>
public sealed class SettingsErrorStyleTests
{
    private const string Home = "-- content/index.md --\n---\ntitle: Home\n---\nHello.\n";

    public static TheoryData<string, string, string, int, string, string> Faults => new()
    {
        { Home + "-- content/b.md --\n---\ntitle: B\norder: first\n---\n", DiagnosticCodes.BadFrontMatterValue, "content/b.md", 3, "order: first", "'order:' must be a whole number (e.g. 'order: 3'), not 'first'" },
        { Home + "-- content/b.md --\n---\ntitle: B\ndraft: maybe\n---\n", DiagnosticCodes.BadFrontMatterValue, "content/b.md", 3, "draft: maybe", "'draft:' must be true or false, not 'maybe'" },
        { Home + "-- content/b.md --\n---\ntitle: B\npublish_date: 1 April\n---\n", DiagnosticCodes.BadFrontMatterValue, "content/b.md", 3, "publish_date: 1 April", "'publish_date:' must be a date written YYYY-MM-DD (e.g. 'publish_date: 2020-04-01'), not '1 April'" },
        { Home + "-- content/b.md --\n---\ntitle: [B]\n---\n", DiagnosticCodes.BadFrontMatterValue, "content/b.md", 2, "title: [B]", "'title:' must be text, not a list" },
        { Home + "-- content/site.yml --\ntitle: T\nabbreviations:\n  - ASB\n", DiagnosticCodes.BadSiteConfig, "content/site.yml", 2, "abbreviations:", "'abbreviations:' must be a mapping of each abbreviation to its expansion (e.g. 'ASB: anti-social behaviour'), not a list" },
        { Home + "-- content/site.yml --\ntitle: T\nwording:\n  missing: x\n", DiagnosticCodes.BadSiteConfig, "content/site.yml", 2, "wording:", "'wording:' must be a mapping of text with the keys missing_value, not_published and well_above_note, not a mapping" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_setting_of_the_wrong_kind_is_reported_in_one_style_at_its_line(string files, string code, string path, int line, string quoted, string message)
    {
        // Given
        using var site = new TestSite(files);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, path, line, 1, quoted, message), (error.Code, error.Path, error.Line, error.Column, error.SourceLine, error.Message));
    }

    [Fact]
    public void A_chart_setting_of_the_wrong_kind_is_reported_in_the_same_style()
    {
        // Given: the fence is on line 6, so 'highlight:' is on line 13.
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page("Intro.\n\n```chart\ntype: ranked-bars\ntable: ward-rates\ncategory: ward\nvalue: all_crime\ntitle: T\nsubtitle: S\nhighlight: {a: b}\n```"));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadChartSetting, "content/index.md", 13, "highlight: {a: b}"), (error.Code, error.Path, error.Line, error.SourceLine));
        Assert.Equal("'highlight:' must be a list of names (e.g. [Stowe, Chasetown]), not a mapping", error.Message);
    }
}
