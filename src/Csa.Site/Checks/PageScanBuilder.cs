using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Collects a page's scan element by element, the same way whether the page is read from its tokens or its tree:
/// ids (and duplicate ids), named anchors, the base address, a robots <c>noindex</c>, links and link problems.</summary>
/// <param name="path">The page, relative to the output folder.</param>
internal sealed class PageScanBuilder(string path)
{
    private readonly Dictionary<string, int> _firstUse = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private string? _baseHref;
    private bool _noIndex;

    /// <summary>Gets the page.</summary>
    public string Path => path;

    /// <summary>Gets the links found so far.</summary>
    public List<FoundLink> Links { get; } = [];

    /// <summary>Gets the problems found so far.</summary>
    public List<LinkProblem> Problems { get; } = [];

    /// <summary>Notes an element's id, anchor name, base address or robots setting.</summary>
    /// <param name="name">The element's name.</param>
    /// <param name="line">The element's line.</param>
    /// <param name="attribute">Returns an attribute's value, or <see langword="null"/> when the element has none.</param>
    /// <returns><see langword="false"/> when the element's addresses are not links to check (<c>base</c>, a robots
    /// <c>meta</c>, a <c>link</c> that is only a hint).</returns>
    public bool Element(string name, int line, Func<string, string?> attribute)
    {
        if (attribute("id") is { Length: > 0 } id)
        {
            _targets.Add(id);
            if (!_firstUse.TryAdd(id, line) && _reported.Add(id))
            {
                Problems.Add(new LinkProblem(DiagnosticCodes.DuplicateId, path, line, name + " id", id,
                    $"duplicate id '{id}' ({name}): the id is already used on line {_firstUse[id]}; ids must be unique on a page"));
            }
        }

        switch (name)
        {
            case "a" when attribute("name") is { Length: > 0 } anchor:
                _targets.Add(anchor);
                return true;
            case "base":
                _baseHref ??= attribute("href");
                return false;
            case "meta" when string.Equals(attribute("name"), "robots", StringComparison.OrdinalIgnoreCase):
                _noIndex |= attribute("content")?.Contains("noindex", StringComparison.OrdinalIgnoreCase) == true;
                return false;
            case "link" when HtmlPageScanner.IsHint(attribute("rel")):
                return false;
            default:
                return true;
        }
    }

    /// <summary>Returns the page's scan.</summary>
    /// <returns>The ids, links and problems.</returns>
    public PageScan Build() => new(path, _targets, Links, Problems) { BaseHref = _baseHref, NoIndex = _noIndex };
}
