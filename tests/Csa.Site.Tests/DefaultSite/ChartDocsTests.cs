using System.Text.RegularExpressions;
using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Docs;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Builds every chart example of the documentation (a ````markdown block holding a ```chart block, in README.md,
/// CONTRIBUTING.md or docs/*.md) against the default content's real tables, so the documentation stays true.</summary>
public sealed partial class ChartDocsTests
{
    /// <summary>Returns whether a ```markdown block's body is a chart example: one ```chart block and nothing else.</summary>
    internal static bool IsChartExample(string body) => Example().IsMatch(body);

    [Fact]
    public void Every_chart_example_in_the_docs_builds_cleanly_from_the_real_data()
    {
        // Given
        var repo = RepositoryRoot.Find();
        // The profile example is written for a generated page: here it shows one ward, as Stowe's page would.
        var examples = DocFiles.AllBlocks().Where(b => b.Info == "markdown" && IsChartExample(b.Body))
            .Select(b => b.Body.Replace("{{ page.row_key }}", "Stowe", StringComparison.Ordinal)).ToList();
        using var site = ChartSites.Create(ChartSites.Page(string.Join("\n\n", examples)));
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "data"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, "content", "data")))
        {
            File.Copy(file, Path.Combine(site.Root, "content", "data", Path.GetFileName(file)), overwrite: true);
        }

        // When
        site.BuildClean();

        // Then
        Assert.Equal(3, examples.Count);
        var figures = site.Html("index.html").QuerySelectorAll("figure.csa-chart");
        Assert.Equal(["chart-ward-all-crime", "chart-recorded-crime-rates-csp-area", "chart-ward-profile"], figures.Select(f => f.Id));
        Assert.Equal(7, figures[1].QuerySelectorAll(".csa-chart__graphic--wide rect.csa-chart__bar:not(.csa-chart__bar--second)").Length);
    }

    [GeneratedRegex("^```chart\n.*\n```$", RegexOptions.Singleline)]
    private static partial Regex Example();
}
