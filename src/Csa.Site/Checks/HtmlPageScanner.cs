using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Reads one HTML page with AngleSharp and keeps its ids, its links and the problems visible in the page alone.</summary>
/// <remarks>A page is read with AngleSharp's HTML tokenizer alone, without building its tree, which takes about half the
/// time (<see cref="HtmlTokenScan"/>); a page with a link named by <c>aria-labelledby</c>, whose name is another element's
/// text, is parsed whole. An instance holds a parser and is not thread-safe: use one per thread.</remarks>
public sealed partial class HtmlPageScanner
{
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";
    private static readonly string[] _urlAttributes = ["href", "src", "poster", "srcset"];
    private readonly Lazy<HtmlParser> _parser = new(() => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }));

    /// <summary>Parses a page and collects what the checks need.</summary>
    /// <param name="path">The page, relative to the output folder.</param>
    /// <param name="html">The page's text.</param>
    /// <returns>The page's ids, links and in-page problems.</returns>
    public PageScan Scan(string path, string html)
    {
        ArgumentNullException.ThrowIfNull(path);
        return HtmlTokenScan.Scan(path, html ?? string.Empty) ?? ParseWhole(path, html);
    }

    /// <summary>Reads a page on any thread, with a scanner of its own (whose parser is made only if the page needs it).</summary>
    /// <param name="path">The page, relative to the output folder.</param>
    /// <param name="html">The page's text.</param>
    /// <returns>The page's ids, links and in-page problems.</returns>
    public static PageScan ScanText(string path, string html)
    {
        return new HtmlPageScanner().Scan(path, html);
    }

    /// <summary>Parses a page into its tree and collects what the checks need.</summary>
    /// <param name="path">The page, relative to the output folder.</param>
    /// <param name="html">The page's text.</param>
    /// <returns>The page's ids, links and in-page problems.</returns>
    internal PageScan ParseWhole(string path, string? html)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = _parser.Value.ParseDocument(html ?? string.Empty);
        var scan = new PageScanBuilder(path);
        foreach (var element in document.All)
        {
            var line = LineOf(element);
            var name = element.LocalName;
            if (!scan.Element(name, line, element.GetAttribute))
            {
                continue;
            }

            AddLinks(element, name, line, scan.Links);
            if (name is "a" or "area" && element.GetAttribute("href") is { } href)
            {
                CheckLinkText(path, LinkText.HasAccessibleName(element), name, href, line, scan.Problems);
            }
        }

        return scan.Build();
    }

    /// <summary>Returns the 1-based line of an element in its source, or of its nearest ancestor that has one.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The line, or 0 when unknown.</returns>
    public static int LineOf(IElement? element)
    {
        for (; element is not null; element = element.ParentElement)
        {
            if (element.SourceReference is { } reference && reference.Position.Line > 0)
            {
                return reference.Position.Line;
            }
        }

        return 0;
    }

    private static void AddLinks(IElement element, string name, int line, List<FoundLink> links)
    {
        foreach (var attribute in element.Attributes)
        {
            AddLink(name, attribute.LocalName, attribute.NamespaceUri == XLinkNamespace, attribute.Value, line, links);
        }
    }

    /// <summary>Adds the links an attribute holds, if it is one that links (<c>href</c>, <c>src</c>, <c>poster</c>, <c>srcset</c>).</summary>
    /// <param name="name">The element's name.</param>
    /// <param name="local">The attribute's name without a prefix.</param>
    /// <param name="xlink">Whether the attribute is in the XLink namespace (<c>xlink:href</c>).</param>
    /// <param name="value">The attribute's value.</param>
    /// <param name="line">The element's line.</param>
    /// <param name="links">Where links are added.</param>
    internal static void AddLink(string name, string local, bool xlink, string value, int line, List<FoundLink> links)
    {
        if (Array.IndexOf(_urlAttributes, local) < 0)
        {
            return;
        }

        var label = name + " " + (xlink ? "xlink:" + local : local);
        var navigation = local == "href" && name is "a" or "area";
        if (local == "srcset")
        {
            foreach (var candidate in SourceSet.Parse(value))
            {
                links.Add(new FoundLink(label, candidate.Url ?? string.Empty, line, false));
            }
        }
        else
        {
            links.Add(new FoundLink(label, value.Trim(), line, navigation));
        }
    }

    /// <summary>Reports a link to <c>#</c> and a link without an accessible name.</summary>
    /// <param name="path">The page.</param>
    /// <param name="named">Whether the link has an accessible name.</param>
    /// <param name="name">The element's name (<c>a</c>, <c>area</c>).</param>
    /// <param name="href">The link.</param>
    /// <param name="line">The element's line.</param>
    /// <param name="problems">Where problems are added.</param>
    internal static void CheckLinkText(string path, bool named, string name, string href, int line, List<LinkProblem> problems)
    {
        if (href.Trim() == "#")
        {
            problems.Add(new LinkProblem(DiagnosticCodes.PlaceholderLink, path, line, name + " href", href,
                $"link to '#' ({name}) goes nowhere: link to a page or an id, or use a button for an action"));
        }

        if (!named)
        {
            problems.Add(new LinkProblem(DiagnosticCodes.EmptyLinkText, path, line, name + " href", href,
                $"link to '{href}' ({name}) has no text a screen reader can announce: give it text, an aria-label, or an image with alt text"));
        }
    }

    /// <summary>Tells whether a <c>link</c> element's <c>rel</c> is only a hint (preconnect, dns-prefetch), not a link to check.</summary>
    /// <param name="rel">The <c>rel</c> attribute.</param>
    /// <returns><see langword="true"/> for a hint.</returns>
    internal static bool IsHint(string? rel) =>
        rel is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("preconnect", StringComparison.OrdinalIgnoreCase) || r.Equals("dns-prefetch", StringComparison.OrdinalIgnoreCase));
}
