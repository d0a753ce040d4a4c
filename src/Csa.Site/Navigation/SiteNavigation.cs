using Csa.Site.Content;

namespace Csa.Site.Navigation;

/// <summary>Builds the navigation model: the page tree, menus, breadcrumbs and previous/next links.</summary>
/// <remarks>A page's parent is the nearest page whose URL is a prefix of its own (<c>/priorities/</c> for
/// <c>/priorities/asb/</c>), else the home page. Siblings are ordered by <c>order</c> (pages without it last), then by
/// title. Reading order, for previous/next, is the tree read depth first; pages with <c>nav: false</c> and the pages
/// under them are left out of menus and reading order.</remarks>
public sealed class SiteNavigation
{
    private readonly Dictionary<string, NavNode> _byUrl;

    private SiteNavigation(Dictionary<string, NavNode> byUrl, IReadOnlyList<NavNode> roots, IReadOnlyList<NavNode> readingOrder)
    {
        _byUrl = byUrl;
        Roots = roots;
        ReadingOrder = readingOrder;
    }

    /// <summary>Gets the top of the tree: the home page, or every parentless page when there is no home page.</summary>
    public IReadOnlyList<NavNode> Roots { get; }

    /// <summary>Gets the pages in reading order (menus' depth-first order), without hidden pages.</summary>
    public IReadOnlyList<NavNode> ReadingOrder { get; }

    /// <summary>Gets the primary menu: the home page's visible children (or the visible roots without a home page).</summary>
    /// <remarks>Pages generated from table rows are never in it, even without a section page above them: a table of 22 wards
    /// would otherwise put 22 links in the main menu. Link to them from a section page (<c>wards/index.md</c>).</remarks>
    public IReadOnlyList<NavNode> Menu =>
        [.. (Roots is [{ Page.IsHome: true } home] ? home.Children : Roots).Where(n => n.Page.Source.Meta.InNav && n.Page.Source.Row is null)];

    /// <summary>Builds the navigation for a set of pages with unique URLs.</summary>
    /// <param name="pages">The pages being built.</param>
    /// <returns>The navigation model.</returns>
    public static SiteNavigation Build(IReadOnlyCollection<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var byUrl = pages.ToDictionary(p => p.Url, p => new NavNode(p), StringComparer.Ordinal);
        var children = byUrl.Values.ToDictionary(n => n, _ => new List<NavNode>());
        var roots = new List<NavNode>();
        foreach (var node in byUrl.Values)
        {
            node.Parent = FindParent(node.Page.Url, byUrl);
            (node.Parent is null ? roots : children[node.Parent]).Add(node);
        }

        foreach (var (node, list) in children)
        {
            node.Children = Sorted(list);
        }

        var sortedRoots = Sorted(roots);
        var reading = new List<NavNode>();
        foreach (var root in sortedRoots)
        {
            Walk(root, [], reading, parentVisible: true);
        }

        for (var i = 0; i < reading.Count; i++)
        {
            reading[i].Previous = i > 0 ? reading[i - 1] : null;
            reading[i].Next = i + 1 < reading.Count ? reading[i + 1] : null;
        }

        return new SiteNavigation(byUrl, sortedRoots, reading);
    }

    /// <summary>Returns the node of a page.</summary>
    /// <param name="page">A page given to <see cref="Build"/>.</param>
    /// <returns>Its node.</returns>
    public NavNode NodeOf(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return _byUrl[page.Url];
    }

    private static void Walk(NavNode node, List<NavNode> ancestors, List<NavNode> reading, bool parentVisible)
    {
        node.Ancestors = [.. ancestors];
        var visible = parentVisible && node.Page.Source.Meta.InNav;
        if (visible)
        {
            reading.Add(node);
        }

        ancestors.Add(node);
        foreach (var child in node.Children)
        {
            Walk(child, ancestors, reading, visible);
        }

        ancestors.RemoveAt(ancestors.Count - 1);
    }

    private static NavNode? FindParent(string url, Dictionary<string, NavNode> byUrl)
    {
        if (url == "/")
        {
            return null;
        }

        var path = url.TrimEnd('/');
        while (true)
        {
            var cut = path.LastIndexOf('/');
            if (cut < 0)
            {
                return null;
            }

            path = path[..cut];
            if (byUrl.TryGetValue(path + "/", out var parent))
            {
                return parent;
            }
        }
    }

    private static List<NavNode> Sorted(IEnumerable<NavNode> nodes) =>
        [.. nodes
            .OrderBy(n => n.Page.Source.Meta.Order ?? int.MaxValue)
            .ThenBy(n => n.Page.NavTitle, StringComparer.OrdinalIgnoreCase)
            .ThenBy(n => n.Page.Url, StringComparer.Ordinal)];
}
