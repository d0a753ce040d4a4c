using System.Text.RegularExpressions;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Periods;

/// <summary>Builds the example of a site of several years (tests/Csa.Site.Tests/Periods/Example, synthetic figures) that
/// docs/years-and-counties.md quotes, and checks that it quotes both of its files, so the documentation stays true.</summary>
public sealed partial class PeriodDocsTests
{
    private static readonly string _example = Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "Periods", "Example");

    [Fact]
    public void The_docs_quote_the_example_files_exactly()
    {
        // Given
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "years-and-counties.md"));

        // When
        var quoted = Quoted().Matches(docs).Select(m => (File: m.Groups[1].Value, Text: m.Groups[3].Value)).ToList();

        // Then
        const string Folder = "tests/Csa.Site.Tests/Periods/Example/";
        Assert.Equal([Folder + "content/data/datapackage.yml", Folder + "content/wards.md"], quoted.Select(q => q.File));
        Assert.All(quoted, q => Assert.Equal(File.ReadAllText(Path.Combine(_example, q.File[Folder.Length..])).TrimEnd('\n'), q.Text));
    }

    [Fact]
    public void The_example_builds_pages_for_both_years_a_change_table_and_a_trend_chart()
    {
        // Given
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_example, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(_example, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        // When
        site.BuildClean();
        var latest = site.Html("wards/index.html");
        var first = site.Html("wards/2019-20/index.html");

        // Then
        var rows = latest.QuerySelectorAll("table#change-ward-rates-all-crime tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["North Ward", "50.0", "55.0", "▲ up 5.0 (10% higher)"], rows[0]);
        Assert.Equal(["South Ward", "40.0", "36.0", "▼ down 4.0 (10% lower)"], rows[1]);
        Assert.Contains("From 2020-21: Shoplifting is counted in all crime.", latest.QuerySelector(".csa-period-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ASB incidents in the town, compared with the year before: down 30 (11% lower).", latest.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(latest.QuerySelector("figure#chart-asb-incidents-incidents-2018-19-to-2020-21 svg"));
        Assert.Equal("2019-20 is the first year of these figures, so there is no earlier year to compare it with.", first.QuerySelector("#change-ward-rates-all-crime")!.TextContent);
        Assert.Contains("North Ward had 50.0 crimes", first.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("compared with the year before: down 20 (7% lower).", first.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/wards/", first.QuerySelector(".csa-periods__notice a")!.GetAttribute("href"));
    }

    [GeneratedRegex("<!-- example file: (\\S+) -->\n(`{3,4})[a-z]+\n(.*?)\n\\2\n", RegexOptions.Singleline)]
    private static partial Regex Quoted();
}
