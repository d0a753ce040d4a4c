using Csa.Site.Content;

namespace Csa.Site.Navigation;

/// <summary>Places one page in the site's navigation tree.</summary>
public sealed class NavNode
{
    /// <summary>Initializes a new instance of the <see cref="NavNode"/> class.</summary>
    /// <param name="page">The page.</param>
    public NavNode(Page page) => Page = page;

    /// <summary>Gets the page.</summary>
    public Page Page { get; }

    /// <summary>Gets the nearest page above this one, or <see langword="null"/> for the home page.</summary>
    public NavNode? Parent { get; internal set; }

    /// <summary>Gets the pages below this one, in navigation order.</summary>
    public IReadOnlyList<NavNode> Children { get; internal set; } = [];

    /// <summary>Gets the pages from the home page down to the parent, for breadcrumbs.</summary>
    public IReadOnlyList<NavNode> Ancestors { get; internal set; } = [];

    /// <summary>Gets the page before this one in reading order, or <see langword="null"/>.</summary>
    public NavNode? Previous { get; internal set; }

    /// <summary>Gets the page after this one in reading order, or <see langword="null"/>.</summary>
    public NavNode? Next { get; internal set; }
}
