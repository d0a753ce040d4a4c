namespace Csa.Site.Charts;

/// <summary>Tracks the charts of one page being rendered: where diagnostics point, its URL, and the ids already used.</summary>
/// <param name="SitePath">The page's source file from the site root, e.g. <c>content/priorities/asb.md</c>.</param>
/// <param name="Url">The page's site-relative URL, e.g. <c>/priorities/asb/</c>; names its chart files.</param>
/// <param name="LineText">Returns a 1-based line of the source file, quoted under diagnostics.</param>
public sealed record ChartPage(string SitePath, string Url, Func<int, string?> LineText)
{
    /// <summary>Gets the figure ids used on the page so far.</summary>
    public ISet<string> Ids { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the stem of the page's chart files: its URL path with <c>/</c> as <c>-</c> (<c>priorities-asb</c>), <c>home</c> for <c>/</c>.</summary>
    public string Slug
    {
        get
        {
            var path = Url.Trim('/');
            path = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path[..^5] : path;
            return path.Length == 0 ? "home" : path.Replace('/', '-');
        }
    }
}
