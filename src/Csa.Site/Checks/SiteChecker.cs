using System.Diagnostics;
using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Checks a built site: links, fragments, ids, link text, reachability, the sitemap and downloads; external links on request.</summary>
/// <remarks>Pages are parsed in parallel, each once, into small <see cref="PageScan"/>s; the links are then checked
/// against those, again in parallel. Nothing in the site is changed.</remarks>
public static class SiteChecker
{
    /// <summary>Runs the internal checks; external links are listed, not fetched.</summary>
    /// <param name="options">What to check.</param>
    /// <returns>The problems and external links.</returns>
    public static CheckReport Check(CheckOptions options) => Inspect(options, out _);

    /// <summary>Runs the internal checks and, when <see cref="CheckOptions.CheckExternal"/> is on, fetches every external link.</summary>
    /// <param name="options">What to check.</param>
    /// <param name="cancellationToken">Stops the external checks.</param>
    /// <returns>The problems and external links.</returns>
    public static async Task<CheckReport> CheckAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var report = Inspect(options, out var uses);
        if (!options.CheckExternal || report.External.Count == 0)
        {
            return report;
        }

        using var checker = new ExternalLinkChecker(options.External);
        var results = await checker.CheckAsync(report.External.Select(e => e.Url), cancellationToken);
        var problems = uses.Where(u => results.GetValueOrDefault(u.Url) is not null).Select(u => BrokenExternal(u.Page, u.Link, results[u.Url]!, options));
        var external = report.External.Select(e => e with { Checked = true, Error = results.GetValueOrDefault(e.Url) }).ToList();
        return report with { Problems = Finish(report.Problems.Concat(problems)), External = external, Elapsed = clock.Elapsed };
    }

    private static CheckReport Inspect(CheckOptions options, out List<(string Page, string Url, FoundLink Link)> externalUses)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var files = options.Files is null ? SiteFiles.Scan(options.Root) : SiteFiles.Of(options.Files);
        var scanned = files.Paths.Where(p => SiteFiles.IsPage(p) || SiteFiles.IsSvg(p)).ToList();
        var scans = ScanAll(options, scanned);
        options.ScanCache?.Keep(scanned);
        var byPath = scans.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var resolver = new LinkResolver(options.BaseUrl);
        var rules = new LinkRules(files, byPath, resolver, new IgnoreList(options.Ignore), options.CheckedElsewhere);
        var found = new PageLinks[scans.Length];
        Parallel.For(0, scans.Length, i => found[i] = rules.Check(scans[i]));

        var pages = scanned.Where(SiteFiles.IsPage).ToList();
        var reached = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var problems = new List<LinkProblem>();
        externalUses = [];
        for (var i = 0; i < scans.Length; i++)
        {
            problems.AddRange(scans[i].Problems);
            problems.AddRange(found[i].Problems);
            reached[scans[i].Path] = SiteFiles.IsPage(scans[i].Path) ? found[i].Reached : [];
            externalUses.AddRange(found[i].External.Select(e => (scans[i].Path, e.Url, e.Link)));
        }

        problems.AddRange(Reachability.Check(pages, reached));
        problems.AddRange(SitemapRules.Check(path => Open(options, path), files, byPath, resolver, options.Sources));
        var sources = options.Sources;
        var withSources = sources is null ? problems : problems.Select(p => p.Source is null && sources.TryGetValue(p.Page, out var s) ? p with { Source = s } : p);
        var external = externalUses
            .GroupBy(u => u.Url, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ExternalLink(g.Key, [.. g.Select(u => u.Page).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToList();
        return new CheckReport(Finish(withSources), external, pages.Count, files.Paths.Count, clock.Elapsed);
    }

    private static LinkProblem BrokenExternal(string page, FoundLink link, string error, CheckOptions options) =>
        new(DiagnosticCodes.BrokenExternalLink, page, link.Line, link.Element, link.Value, $"link to '{link.Value}' ({link.Element}): {error}")
        {
            Source = options.Sources?.GetValueOrDefault(page),
        };

    private static PageScan[] ScanAll(CheckOptions options, List<string> paths)
    {
        var scans = new PageScan[paths.Count];
        Parallel.For(0, paths.Count, () => new HtmlPageScanner(), (i, _, scanner) =>
        {
            var path = paths[i];
            if (options.Scanned?.GetValueOrDefault(path) is { } written)
            {
                scans[i] = written;
                if (options.ScanCache is { } cache && options.Files?.GetValueOrDefault(path) is { } content)
                {
                    cache.Remember(path, content, written);
                }
            }
            else if (options.Files is { } files)
            {
                // Held in memory: decoded as File.ReadAllText would (UTF-8, a byte-order mark dropped).
                var bytes = files[path];
                scans[i] = options.ScanCache is { } cache
                    ? cache.GetOrScan(path, bytes, () => Scan(scanner, path, Decode(bytes)))
                    : Scan(scanner, path, Decode(bytes));
            }
            else
            {
                scans[i] = Scan(scanner, path, File.ReadAllText(Path.Combine(options.Root, path)));
            }

            return scanner;
        }, _ => { });
        return scans;
    }

    private static PageScan Scan(HtmlPageScanner scanner, string path, string text) =>
        SiteFiles.IsSvg(path) ? SvgFileScanner.Scan(path, text) : scanner.Scan(path, text);

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static Stream Open(CheckOptions options, string path) =>
        options.Files is { } files ? new MemoryStream(files[path], writable: false) : File.OpenRead(Path.Combine(options.Root, path));

    // Each problem once: the same fault written twice on a page (a menu in the header and the footer) is one problem.
    private static List<LinkProblem> Finish(IEnumerable<LinkProblem> problems) =>
        [.. problems
            .OrderBy(p => p.Page, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Link, StringComparer.Ordinal)
            .DistinctBy(p => (p.Code, p.Page, p.Element, p.Link, p.Message))];
}
