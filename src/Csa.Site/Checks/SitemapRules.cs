using System.Xml;
using System.Xml.Linq;
using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Checks <c>sitemap.xml</c>, when the site has one, against the pages: it lists every HTML page and nothing else.</summary>
/// <remarks><c>404.html</c> and pages marked <c>noindex</c> need not be listed (and listing them is not flagged). Without an origin
/// in the base URL, each <c>loc</c>'s host is not compared, only its path; root-relative locations are accepted then.</remarks>
internal static class SitemapRules
{
    /// <summary>Gets the sitemap's path in the output folder.</summary>
    public const string SitemapFile = "sitemap.xml";

    /// <summary>Reads the sitemap and compares it with the pages.</summary>
    /// <param name="open">Opens a file of the built site by its output-relative path.</param>
    /// <param name="files">Every file of the site.</param>
    /// <param name="scans">The scanned pages by path.</param>
    /// <param name="resolver">Resolves each <c>loc</c>.</param>
    /// <param name="sources">The source file of each output file, when known: a page left out is reported with its source.</param>
    /// <returns>One problem per listed URL that is not a page and per page not listed.</returns>
    public static IEnumerable<LinkProblem> Check(Func<string, Stream> open, SiteFiles files, IReadOnlyDictionary<string, PageScan> scans, LinkResolver resolver, IReadOnlyDictionary<string, string>? sources)
    {
        if (files.SizeOf(SitemapFile) < 0)
        {
            return [];
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var stream = open(SitemapFile);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return [Problem(ex.LineNumber, string.Empty, "is not well-formed XML: " + ex.Message)];
        }

        var problems = new List<LinkProblem>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var home = resolver.PageUri(string.Empty);
        foreach (var loc in document.Descendants().Where(e => e.Name.LocalName == "loc"))
        {
            var line = ((IXmlLineInfo)loc).LineNumber;
            var text = loc.Value.Trim();
            var request = RequestOf(text, resolver);
            if (request is null)
            {
                problems.Add(Problem(line, text, $"lists '{text}', which is neither an http(s) URL nor a path from the root"));
                continue;
            }

            var target = resolver.Resolve(home, request);
            var file = target.Kind == LinkKind.Internal ? files.Find(target.Path) : null;
            if (target.Kind == LinkKind.External)
            {
                problems.Add(Problem(line, text, $"lists '{text}', which is not on this site ({resolver.Origin})"));
            }
            else if (target.Kind != LinkKind.Internal)
            {
                problems.Add(Problem(line, text, $"lists '{text}', which is outside the base path '{resolver.BasePath}'"));
            }
            else if (file is null)
            {
                problems.Add(Problem(line, text, $"lists '{text}', but no page is there"));
            }
            else if (!SiteFiles.IsPage(file))
            {
                problems.Add(Problem(line, text, $"lists '{text}', which is the file '{file}', not an HTML page"));
            }
            else
            {
                listed.Add(file);
            }
        }

        foreach (var page in scans.Keys.Where(SiteFiles.IsPage).Order(StringComparer.Ordinal))
        {
            if (page != Reachability.NotFoundPage && !scans[page].NoIndex && !listed.Contains(page))
            {
                var url = resolver.BasePath + (page.EndsWith("/index.html", StringComparison.Ordinal) || page == Reachability.HomePage ? page[..^"index.html".Length] : page);
                problems.Add(Problem(0, url, $"does not list the page '{page}' ({url}); the sitemap must list every page") with { Source = sources?.GetValueOrDefault(page) });
            }
        }

        return problems;
    }

    // The build writes root-relative locations when the base URL has no host; without a known host, an absolute
    // location's host cannot be judged either, so only its path is compared.
    private static string? RequestOf(string text, LinkResolver resolver)
    {
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            return text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return resolver.HasRealOrigin ? text : uri.PathAndQuery;
    }

    private static LinkProblem Problem(int line, string link, string what) =>
        new(DiagnosticCodes.SitemapMismatch, SitemapFile, line, link.Length == 0 ? string.Empty : "url loc", link, SitemapFile + " " + what);
}
