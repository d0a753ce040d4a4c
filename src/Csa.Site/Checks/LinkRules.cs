using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Checks every link of one page against the whole site: the target exists, the fragment names an id there,
/// the link stays under the base path, and a download it leads to is not empty.</summary>
/// <remarks>Thread-safe once built: it only reads the shared indexes, so pages are checked in parallel.</remarks>
internal sealed class LinkRules
{
    private readonly SiteFiles _files;
    private readonly IReadOnlyDictionary<string, PageScan> _scans;
    private readonly LinkResolver _resolver;
    private readonly IgnoreList _ignore;
    private readonly IReadOnlySet<string> _elsewhere;

    /// <summary>Initializes a new instance of the <see cref="LinkRules"/> class.</summary>
    /// <param name="files">Every file of the site.</param>
    /// <param name="scans">The scanned pages and SVG files by path, to look fragments up in.</param>
    /// <param name="resolver">Resolves links from their page.</param>
    /// <param name="ignore">Links to leave alone.</param>
    /// <param name="elsewhere">Paths outside the base path that another check covers.</param>
    public LinkRules(SiteFiles files, IReadOnlyDictionary<string, PageScan> scans, LinkResolver resolver, IgnoreList ignore, IReadOnlySet<string> elsewhere)
    {
        _elsewhere = elsewhere;
        _files = files;
        _scans = scans;
        _resolver = resolver;
        _ignore = ignore;
    }

    /// <summary>Checks the links of one page or SVG file.</summary>
    /// <param name="scan">The scanned page.</param>
    /// <returns>The problems, the pages reached and the external links.</returns>
    public PageLinks Check(PageScan scan)
    {
        var problems = new List<LinkProblem>();
        var reached = new List<string>();
        var external = new List<(string, FoundLink)>();
        var pageUri = _resolver.PageUri(scan.Path, scan.BaseHref);
        foreach (var link in scan.Links)
        {
            // Checked before the ignore list: a javascript: or data: URL is never acceptable, whatever is ignored.
            if (UrlSchemes.FindRefused(link.Value) is { } scheme)
            {
                problems.Add(Problem(DiagnosticCodes.DisallowedUrlScheme, scan, link,
                    $"uses the scheme '{scheme}:', which is not allowed: links may be relative or use http, https, mailto or tel"));
                continue;
            }

            var target = _resolver.Resolve(pageUri, link.Value);
            if (_ignore.Matches(link.Value, target.Url))
            {
                continue;
            }

            switch (target.Kind)
            {
                case LinkKind.External:
                    external.Add((target.Url, link));
                    break;
                case LinkKind.Invalid:
                    problems.Add(Problem(DiagnosticCodes.BrokenLink, scan, link, "is not a valid URL"));
                    break;
                case LinkKind.OutsideBase when _elsewhere.Contains(target.Path):
                    break;
                case LinkKind.OutsideBase:
                    problems.Add(Problem(DiagnosticCodes.LinkLeavesBasePath, scan, link,
                        $"leaves the base path '{_resolver.BasePath}': it points at '{target.Path}', which this site does not publish (write site links with relurl or starting with the base path)"));
                    break;
                case LinkKind.Internal:
                    CheckInternal(scan, link, target, problems, reached);
                    break;
            }
        }

        return new PageLinks(problems, reached, external);
    }

    private void CheckInternal(PageScan scan, FoundLink link, LinkTarget target, List<LinkProblem> problems, List<string> reached)
    {
        var file = _files.Find(target.Path);
        if (file is null)
        {
            var isPage = target.Path.Length == 0 || target.Path.EndsWith('/') || SiteFiles.IsPage(target.Path);
            var expected = target.Path.Length == 0 || target.Path.EndsWith('/') ? target.Path + "index.html" : target.Path;
            problems.Add(Problem(DiagnosticCodes.BrokenLink, scan, link, $"no such {(isPage ? "page" : "file")}: nothing at '{expected}' in the output"));
            return;
        }

        var isHtml = SiteFiles.IsPage(file);
        if (link.IsNavigation && isHtml)
        {
            reached.Add(file);
        }

        if (target.Fragment is { Length: > 0 } fragment && _scans.TryGetValue(file, out var targetScan)
            && !targetScan.Targets.Contains(fragment) && !(isHtml && fragment == "top"))
        {
            var where = file == scan.Path ? "this page" : $"'{file}'";
            problems.Add(Problem(DiagnosticCodes.MissingFragment, scan, link, $"no element with id '{fragment}' on {where}"));
        }

        if (link.IsNavigation && !isHtml && _files.SizeOf(file) == 0)
        {
            problems.Add(Problem(DiagnosticCodes.EmptyDownload, scan, link, $"the download '{file}' is empty (0 bytes)"));
        }
    }

    private static LinkProblem Problem(string code, PageScan scan, FoundLink link, string what) =>
        new(code, scan.Path, link.Line, link.Element, link.Value, $"link to '{link.Value}' ({link.Element}): {what}");
}
