using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Stage: gives every page its URL and output file, rejecting duplicates and paths outside the output folder.</summary>
public static class AssignUrls
{
    /// <summary>Assigns URLs; pages with a problem are reported and left out.</summary>
    /// <param name="pages">The pages to build.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="reserved">The files the build publishes besides pages (downloads, charts, assets, sitemap); none when <see langword="null"/>.</param>
    /// <returns>The pages with URLs, in content-path order.</returns>
    public static IReadOnlyList<Page> Run(IReadOnlyList<PageSource> pages, DiagnosticBag diagnostics, ReservedOutputs? reserved = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        reserved ??= ReservedOutputs.None;
        var result = new List<Page>(pages.Count);
        var taken = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        // Pages placed by their file path claim their URLs first, so a clashing 'url:' is the one reported.
        foreach (var source in pages.OrderBy(p => p.Meta.Url is null ? 0 : 1))
        {
            // A problem is reported at the 'url:' line when the page has one, else at the file itself.
            var line = source.Meta.Url is null ? 0 : source.Meta.Values.LineOf(PageKeys.Url);
            void Report(string code, string message) =>
                diagnostics.Error(source.SitePath, line, line > 0 ? 1 : 0, code, message, line > 0 ? source.LineText(line) : null);

            var url = PageUrls.FromContentPath(source.ContentPath);
            if (source.Meta.Url is { } permalink)
            {
                if (source.Row is { } row && PageUrls.SegmentProblem(permalink) is { } rowProblem)
                {
                    Report(DiagnosticCodes.BadUrlSegment, $"row '{row.Key}' of table '{row.Table}': {rowProblem}; give the row a value with a letter or digit, or build the URL from another field");
                    continue;
                }

                var problem = PageUrls.TryPermalink(permalink, out url);
                if (problem is not null)
                {
                    Report(DiagnosticCodes.PathEscapesOutput, problem);
                    continue;
                }
            }

            if (PageUrls.SegmentProblem(url) is { } segmentProblem)
            {
                Report(DiagnosticCodes.BadUrlSegment, source.Meta.Url is null
                    ? $"the file name gives the page no usable URL: {segmentProblem}; rename the file (letters, digits, hyphens) or give it a 'url:'"
                    : segmentProblem);
                continue;
            }

            var page = new Page(source, url, PageUrls.OutputPathFor(url));
            if (reserved.Collision(page.OutputPath) is { } collision)
            {
                Report(DiagnosticCodes.DuplicateUrl, $"the URL '{url}' would be written over {collision}, which the build publishes; give the page a different file name or 'url:'");
                continue;
            }

            if (taken.TryGetValue(page.OutputPath, out var first))
            {
                line = source.Meta.Url is null ? 1 : line;
                Report(DiagnosticCodes.DuplicateUrl, $"the URL '{url}' is already used by '{first.Source.SitePath}'; give one of them a different file name or 'url:'");
                continue;
            }

            taken[page.OutputPath] = page;
            result.Add(page);
        }

        return [.. result.OrderBy(p => p.Source.ContentPath, StringComparer.Ordinal)];
    }
}
