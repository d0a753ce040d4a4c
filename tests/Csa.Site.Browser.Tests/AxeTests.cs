using Csa.Site.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs axe-core on every generated page of a site for the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
/// <typeparam name="TSite">The site fixture: built, served and with a browser started.</typeparam>
public abstract class AxeTests<TSite>
    where TSite : SiteUnderTest
{
    private static readonly string[] _axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    protected AxeTests(TSite site)
    {
        Site = site;
    }

    protected TSite Site { get; }

    [SkippableFact]
    public async Task Every_page_has_no_axe_violations()
    {
        // Given
        await using var session = await Site.OpenAsync();
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. _axeTags] },
            ResultTypes = [ResultType.Violations],
        };
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);
            var result = await session.Page.RunAxe(options);

            // Then
            foreach (var violation in result.Violations)
            {
                var where = string.Join("; ", violation.Nodes.Select(n => $"{n.Target} {n.Html}"));
                problems.Add(page, $"axe {violation.Id} ({violation.Impact}): {violation.Help} — {where}");
            }
        }

        problems.AssertNone("axe (" + string.Join(", ", _axeTags) + ")");
    }
}
