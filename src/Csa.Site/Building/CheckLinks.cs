using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Output;
using Csa.Site.Printing;

namespace Csa.Site.Building;

/// <summary>Stage: checks the finished site in the staging folder (links, fragments, ids, link text, reachability, sitemap,
/// downloads), so a broken link never reaches the output folder.</summary>
/// <remarks>Runs after every file is written and before the swap. Skipped with <see cref="BuildOptions.RunChecks"/> off, and
/// when the build already failed (half a site would only add noise). Each problem is reported at the content file that
/// produced the page, naming the output page; external links are not fetched here (<c>csa-site check --external</c>).</remarks>
public static class CheckLinks
{
    /// <summary>Checks the staged site and adds a diagnostic per problem.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="pages">The pages built, to name each page's source file.</param>
    /// <param name="contentAssets">The content files copied, relative to the content folder.</param>
    /// <param name="staging">The folder holding the finished site.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">The Markdown links of each page with their content lines, so a problem with one is reported at its line.</param>
    /// <param name="scanCache">Keeps the scans of unchanged files between builds (<c>csa-site serve</c>); none when <see langword="null"/>.</param>
    public static void Run(BuildOptions options, BaseUrl baseUrl, IReadOnlyList<Page> pages, IReadOnlyCollection<string> contentAssets, StagingFolder staging, DiagnosticBag diagnostics, LinkOrigins? origins = null, PageScanCache? scanCache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(contentAssets);
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!options.RunChecks || diagnostics.HasErrors)
        {
            return;
        }

        var displayRoot = options.OutputDisplay;
        var report = SiteChecker.Check(new CheckOptions
        {
            Root = staging.Root,
            DisplayRoot = displayRoot,
            BaseUrl = baseUrl,
            Sources = SourcesOf(options, pages, contentAssets),
            Files = staging.Files,
            Scanned = origins?.Scans,
            ScanCache = scanCache,
            CheckedElsewhere = options.County is { } county ? county.Partnerships.Select(p => p.Url).Append(county.Url).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
        });
        foreach (var problem in WithoutWholePlanRepeats(report.Problems, pages, baseUrl))
        {
            diagnostics.Add((problem.Source is null ? null : origins?.Locate(problem, displayRoot)) ?? problem.ToDiagnostic(displayRoot));
        }
    }

    /// <summary>Maps each output file the build copies or renders to the file it came from, relative to the site root.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="pages">The pages built.</param>
    /// <param name="contentAssets">The content files copied.</param>
    /// <returns>Output-relative path → source path, e.g. <c>about/index.html</c> → <c>content/about.md</c>.</returns>
    public static IReadOnlyDictionary<string, string> SourcesOf(BuildOptions options, IReadOnlyList<Page> pages, IReadOnlyCollection<string> contentAssets)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(contentAssets);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var themeAssets = Path.Combine(options.Theme, CopyAssets.ThemeAssetsFolder);
        foreach (var file in SourceTree.Files(themeAssets))
        {
            sources[CopyAssets.ThemeAssetsFolder + "/" + Path.GetRelativePath(themeAssets, file).Replace('\\', '/')] = options.DisplayPath(file);
        }

        foreach (var relative in contentAssets)
        {
            sources[relative] = options.DisplayPath(Path.Combine(options.Content, relative));
        }

        foreach (var page in pages)
        {
            sources[page.OutputPath] = page.Source.SitePath;
        }

        return sources;
    }

    /// <summary>Leaves out the whole-plan page's repeats of other pages' problems. That page holds every page's body, so a
    /// broken link in a page is broken there too, where it would be reported a second time at the theme's page; it is
    /// reported once, at the page the analyst wrote. A problem only the whole-plan page has is still reported.</summary>
    /// <param name="problems">The check's problems.</param>
    /// <param name="pages">The pages built.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <returns>The problems to report, in their order.</returns>
    internal static IEnumerable<LinkProblem> WithoutWholePlanRepeats(IReadOnlyList<LinkProblem> problems, IReadOnlyList<Page> pages, BaseUrl baseUrl)
    {
        var document = pages.FirstOrDefault(PrintSettings.IsDocument)?.OutputPath;
        if (document is null || problems.All(p => p.Page != document))
        {
            return problems;
        }

        // Written in the document as the document writes its parts' links (every page taken to be a part; a page left out
        // of it keeps the link as written, the other key).
        var urls = pages.ToDictionary(p => p.OutputPath, p => p.Url, StringComparer.Ordinal);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            parts.TryAdd(page.Url, PrintDocumentBuilder.PartId(page.Url));
        }

        var elsewhere = new HashSet<(string Code, string Link)>();
        foreach (var problem in problems.Where(p => p.Page != document))
        {
            elsewhere.Add((problem.Code, problem.Link));
            if (urls.TryGetValue(problem.Page, out var url))
            {
                elsewhere.Add((problem.Code, PrintDocumentBuilder.LinkInDocument(problem.Link, parts[url], parts, baseUrl)));
            }
        }

        return problems.Where(p => p.Page != document || !elsewhere.Contains((p.Code, p.Link)));
    }
}
