using System.Text.RegularExpressions;
using Csa.Site.Components;
using Csa.Site.Configuration;

namespace Csa.Site.Printing;

/// <summary>Puts pages' bodies together as one document: each page a part with its own heading, every id made unique to its
/// part, links between parts turned into links within the document, and other links into full URLs.</summary>
/// <remarks>The bodies are HTML the engine made (Markdig and components), whose attributes are always quoted and whose text
/// never holds an unescaped quote, so attributes can be rewritten without parsing the page again.</remarks>
public static partial class PrintDocumentBuilder
{
    /// <summary>Builds the document's view model.</summary>
    /// <param name="parts">The pages in reading order.</param>
    /// <param name="baseUrl">Where the site is published: links keep its path and gain its host when one is known.</param>
    /// <param name="pdf">The link to the PDF of the document, once made.</param>
    /// <param name="cache">Keeps rewritten bodies between builds (<c>csa-site serve</c>); none when <see langword="null"/>.</param>
    /// <returns>The model for the <c>print-document</c> component.</returns>
    public static PrintDocumentModel Build(IReadOnlyList<PrintPart> parts, BaseUrl baseUrl, DownloadLinkModel? pdf, PrintPartCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            ids[part.Page.Url] = PartId(part.Page.Url);
        }

        var shared = cache is null ? null : PrintPartCache.ContextOf(ids, baseUrl, string.Empty);
        // The parts are rewritten independently, in parallel; the document keeps their order.
        var models = new PrintPartModel[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            var part = parts[i];
            var id = ids[part.Page.Url];
            var html = cache is null
                ? Rewrite(part.Narrative.Html, id, ids, baseUrl)
                : cache.Rewrite(part.Narrative, id + "\n" + shared, () => Rewrite(part.Narrative.Html, id, ids, baseUrl));
            var depth = part.Page.Url.Trim('/') is { Length: > 0 } path ? path.Count(c => c == '/') + 1 : 0;
            models[i] = new PrintPartModel(id, part.Page.Title, part.Page.Source.Meta.Summary, baseUrl.Absolute(part.Page.Url), new RawHtml(html), depth);
        });

        return new PrintDocumentModel(models, pdf);
    }

    /// <summary>Returns the id of a page's part in the document: <c>part-priorities-asb</c> for <c>/priorities/asb/</c>.</summary>
    /// <param name="url">The page's site URL.</param>
    /// <returns>The id.</returns>
    public static string PartId(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Trim('/');
        return "part-" + (path.Length == 0 ? "home" : path.Replace('/', '-'));
    }

    /// <summary>Rewrites one body for its part: ids prefixed, headings one level down, collapsed sections opened, links resolved.</summary>
    /// <param name="html">The body.</param>
    /// <param name="partId">The part's id.</param>
    /// <param name="parts">The part id of every page in the document, by site URL.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <returns>The body as it goes into the document.</returns>
    public static string Rewrite(string html, string partId, IReadOnlyDictionary<string, string> parts, BaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(baseUrl);
        html = RewriteIdAttributes(html, partId);
        html = HrefAttribute().Replace(html, m => $"{m.Groups[1].Value}href=\"{LinkInDocument(m.Groups[2].Value, partId, parts, baseUrl)}\"");
        html = HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, m.Groups[2].Value[0] - '0' + 1)}{m.Groups[3].Value}");
        return ClosedDetails().Replace(html, "<details open$1");
    }

    /// <summary>Readies a page for printing from another address than the site's: each link (<c>a href</c>) to the site gets
    /// the site's host, or stops being a link when no host is known. Styles, scripts and images are left as they are.</summary>
    /// <param name="html">The whole page.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <returns>The page to print.</returns>
    public static string ForPrinting(string html, BaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUrl);
        return AnchorHref().Replace(html, m => baseUrl.Origin is { } origin
            ? $"{m.Groups[1].Value}href=\"{origin}{m.Groups[2].Value}\""
            : m.Groups[1].Value.TrimEnd());
    }

    private static string Inner(string partId, string id) => partId + "--" + id;

    // The attributes whose values are ids, each given its part's prefix (space-separated lists item by item).
    private static readonly string[] _idAttributes = ["id", "for", "headers", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"];

    // Every NAME="VALUE" after white space whose NAME holds ids: found from each '="' (a vectorised search), rather than
    // by a pattern that must try every space of the page.
    internal static string RewriteIdAttributes(string html, string partId)
    {
        var result = new System.Text.StringBuilder(html.Length + 1024);
        var copied = 0;
        var at = 0;
        while ((at = html.IndexOf("=\"", at, StringComparison.Ordinal)) >= 0)
        {
            var close = NamesIds(html, at) ? html.IndexOf('"', at + 2) : -1;
            if (close < 0)
            {
                at += 2;
                continue;
            }

            result.Append(html, copied, at + 2 - copied);
            var ids = html.AsSpan(at + 2, close - at - 2).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            result.AppendJoin(' ', ids.Select(v => Inner(partId, v)));
            copied = close;
            at = close + 1;
        }

        return copied == 0 ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    // Whether the attribute name that ends where '="' starts is one holding ids, after white space.
    private static bool NamesIds(string html, int at)
    {
        foreach (var name in _idAttributes)
        {
            if (at > name.Length && html.AsSpan(at - name.Length, name.Length).SequenceEqual(name) && char.IsWhiteSpace(html[at - name.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a link of a part as the document writes it: a fragment of a page the document holds becomes a link
    /// within the document (its part id, <c>--</c>, the fragment); a link to a page elsewhere gets the site's host.</summary>
    /// <param name="href">The link as the page writes it.</param>
    /// <param name="partId">The id of the part the link is in.</param>
    /// <param name="parts">The part id of every page in the document, by site URL.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <returns>The link in the document.</returns>
    internal static string LinkInDocument(string href, string partId, IReadOnlyDictionary<string, string> parts, BaseUrl baseUrl)
    {
        if (href.StartsWith('#'))
        {
            return href.Length == 1 ? "#" + partId : "#" + Inner(partId, href[1..]);
        }

        if (!href.StartsWith(baseUrl.Path, StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href; // another site, mailto:, tel:
        }

        var siteUrl = "/" + href[baseUrl.Path.Length..];
        var hash = siteUrl.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? siteUrl : siteUrl[..hash];
        if (!path.Contains('?', StringComparison.Ordinal) && parts.TryGetValue(path, out var target))
        {
            return hash < 0 || hash == siteUrl.Length - 1 ? "#" + target : "#" + Inner(target, siteUrl[(hash + 1)..]);
        }

        return (baseUrl.Origin ?? string.Empty) + href;
    }

    [GeneratedRegex(@"(\s)href=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex HrefAttribute();

    [GeneratedRegex(@"(<a\s(?:[^>""]|""[^""]*"")*?)(?<=\s)href=""(/(?!/)[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorHref();

    [GeneratedRegex("""<(/?)h([1-6])([\s>])""", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingTag();

    [GeneratedRegex("""<details(?![^>]*\sopen[\s>=])([\s>])""", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedDetails();
}
