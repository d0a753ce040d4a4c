using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Stage: gives every page its URL and output file, rejecting duplicates and paths outside the output folder.</summary>
public static class AssignUrls
{
    /// <summary>Assigns URLs; pages with a problem are reported and left out.</summary>
    /// <param name="pages">The pages to build.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The pages with URLs, in content-path order.</returns>
    public static IReadOnlyList<Page> Run(IReadOnlyList<PageSource> pages, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<Page>(pages.Count);
        var taken = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        // Pages placed by their file path claim their URLs first, so a clashing 'url:' is the one reported.
        foreach (var source in pages.OrderBy(p => p.Meta.Url is null ? 0 : 1))
        {
            var url = PageUrls.FromContentPath(source.ContentPath);
            if (source.Meta.Url is { } permalink)
            {
                var problem = PageUrls.TryPermalink(permalink, out url);
                if (problem is not null)
                {
                    var line = source.Meta.Values.LineOf(PageKeys.Url);
                    diagnostics.Error(source.SitePath, line, 1, DiagnosticCodes.PathEscapesOutput, problem, source.LineText(line));
                    continue;
                }
            }

            var page = new Page(source, url, PageUrls.OutputPathFor(url));
            if (taken.TryGetValue(page.OutputPath, out var first))
            {
                var line = source.Meta.Url is null ? 1 : source.Meta.Values.LineOf(PageKeys.Url);
                diagnostics.Error(source.SitePath, line, 1, DiagnosticCodes.DuplicateUrl,
                    $"the URL '{url}' is already used by '{first.Source.SitePath}'; give one of them a different file name or 'url:'", source.LineText(line));
                continue;
            }

            taken[page.OutputPath] = page;
            result.Add(page);
        }

        return [.. result.OrderBy(p => p.Source.ContentPath, StringComparer.Ordinal)];
    }
}
