using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>The example of a site of several years in docs/years-and-counties.md (tests/Csa.Site.Tests/Periods/Example): a page built once per
/// year with links between the years, a table comparing two years and a chart across years.</summary>
/// <remarks>Every figure here is synthetic test data, not from the strategic assessment.</remarks>
public sealed class YearsSite : SiteUnderTest
{
    protected override BuildOptions CreateOptions()
    {
        var example = Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "Periods", "Example", "content");
        var content = Path.Combine(TempRoot, "content");
        foreach (var file in Directory.EnumerateFiles(example, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(example, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(content, "site.yml"), """
            description: A synthetic site of several years for testing the theme.
            source: "Source: synthetic test data, not real figures."
            licence: Contains public sector information licensed under the Open Government Licence v3.0.
            contact:
              name: Test Team
              organisation: Synthetic Council
              email: test-team@example.org

            """);
        return new BuildOptions
        {
            SiteRoot = TempRoot,
            ContentDirectory = content,
            ThemeDirectory = Path.Combine(RepositoryRoot.Find(), "themes", "default"),
            BaseUrl = "/years/",
        };
    }
}
