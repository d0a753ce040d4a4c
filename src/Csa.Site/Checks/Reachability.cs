using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Finds the pages a reader cannot reach from the home page by following links.</summary>
/// <remarks>A page is reachable when a chain of <c>a</c> or <c>area</c> links leads to it from <c>index.html</c>, the
/// home page at the base path. <c>404.html</c> is exempt: servers show it, nothing links to it.</remarks>
internal static class Reachability
{
    /// <summary>Gets the home page every walk starts from.</summary>
    public const string HomePage = "index.html";

    /// <summary>Gets the error page that needs no links to it.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>Walks the links from the home page and reports every page not reached.</summary>
    /// <param name="pages">Every HTML page, relative to the output folder.</param>
    /// <param name="links">The pages each page links to.</param>
    /// <returns>One problem per unreachable page, or one for a missing home page.</returns>
    public static IEnumerable<LinkProblem> Check(IReadOnlyList<string> pages, IReadOnlyDictionary<string, IReadOnlyList<string>> links)
    {
        var candidates = pages.Where(p => p != NotFoundPage).ToList();
        if (candidates.Count == 0)
        {
            yield break;
        }

        if (!candidates.Contains(HomePage, StringComparer.Ordinal))
        {
            yield return new LinkProblem(DiagnosticCodes.UnreachablePage, HomePage, 0, string.Empty, string.Empty,
                $"there is no home page '{HomePage}', so no page can be reached by following links");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { HomePage };
        var queue = new Queue<string>([HomePage]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in links.GetValueOrDefault(page) ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var page in candidates.Where(p => !seen.Contains(p)))
        {
            yield return new LinkProblem(DiagnosticCodes.UnreachablePage, page, 0, string.Empty, string.Empty,
                "no chain of links leads to this page from the home page: link to it from a menu, a section page or another page");
        }
    }
}
