using System.Text;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative.ChartBlocks;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Csa.Site.Narrative;

/// <summary>Turns a page's Markdown into HTML, rewriting links for the base URL and collecting its contents list.</summary>
/// <remarks>Links to <c>.md</c> files are resolved to the pages' URLs (a missing file is an error); other relative
/// links are resolved against the page's folder in <c>content/</c>; root-relative links get the base path.
/// <see cref="Parse"/> and <see cref="Write"/> are separate steps so that the build can render the page's chart blocks
/// in a stage of their own between them.</remarks>
public sealed class NarrativeRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly LinkContext _links;

    /// <summary>Initializes a new instance of the <see cref="NarrativeRenderer"/> class.</summary>
    /// <param name="pipeline">The shared Markdig pipeline.</param>
    /// <param name="links">The URLs links are resolved against.</param>
    public NarrativeRenderer(MarkdownPipeline pipeline, LinkContext links)
    {
        _pipeline = pipeline;
        _links = links;
    }

    /// <summary>Renders the Markdown of one page in one go; its chart blocks are shown as code.</summary>
    /// <param name="source">The page the Markdown comes from, for link resolution and diagnostics.</param>
    /// <param name="markdown">The Markdown, after Scriban expressions were evaluated.</param>
    /// <param name="diagnostics">Where broken links are reported.</param>
    /// <param name="lines">Maps lines of <paramref name="markdown"/> back to the page body as written; unchanged lines when <see langword="null"/>.</param>
    /// <returns>The HTML, contents list and links.</returns>
    public RenderedNarrative Render(PageSource source, string markdown, DiagnosticBag diagnostics, LineMap? lines = null) =>
        Write(Parse(source, markdown, diagnostics, lines));

    /// <summary>Writes a parsed page as HTML, each chart block as the figure set on it (or as code when none was).</summary>
    /// <param name="parsed">The parsed page.</param>
    /// <returns>The HTML, contents list and links.</returns>
    public RenderedNarrative Write(ParsedNarrative parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(parsed.Document);
        writer.Flush();
        return new RenderedNarrative(writer.ToString(), parsed.Toc) { Links = parsed.Links };
    }

    /// <summary>Parses the Markdown of one page: rewrites and checks its links, collects its contents list and its chart blocks.</summary>
    /// <param name="source">The page the Markdown comes from, for link resolution and diagnostics.</param>
    /// <param name="markdown">The Markdown, after Scriban expressions were evaluated.</param>
    /// <param name="diagnostics">Where broken links are reported.</param>
    /// <param name="lines">Maps lines of <paramref name="markdown"/> back to the page body as written; unchanged lines when <see langword="null"/>.</param>
    /// <returns>The parsed page, to be written by <see cref="Write"/>.</returns>
    public ParsedNarrative Parse(PageSource source, string markdown, DiagnosticBag diagnostics, LineMap? lines = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(markdown);
        var position = new SourcePosition(source, markdown, lines ?? LineMap.Identity);
        var document = Markdown.Parse(markdown, _pipeline);
        var found = new List<(LinkInline Link, int Line, int Column)>();
        var toc = new List<TocEntry>();
        var charts = new List<ChartBlock>();
        foreach (var node in Walk(document))
        {
            switch (node)
            {
                case ChartBlock chart:
                    charts.Add(chart);
                    break;
                case LinkInline link when link.Url is not null:
                    var (line, column) = position.Of(link.Line, link.Column);
                    link.Url = RefuseScheme(source, line, column, link.Url, link.Reference is null, diagnostics) ?? RewriteUrl(source, link.Url, line, column, diagnostics);
                    found.Add((link, line, column));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    var (autoLine, autoColumn) = position.Of(autolink.Line, autolink.Column);
                    autolink.Url = RefuseScheme(source, autoLine, autoColumn, autolink.Url, true, diagnostics) ?? autolink.Url;
                    break;
                case LinkReferenceDefinition { Url: { } definitionUrl } definition:
                    // Reported here, at the definition, once; each link using it is neutralised above without a second error.
                    var (definitionLine, definitionColumn) = position.Of(definition.Line, definition.Column);
                    definition.Url = RefuseScheme(source, definitionLine, definitionColumn, definitionUrl, true, diagnostics) ?? definitionUrl;
                    break;
                case HtmlBlock html when html.Lines.Count > 0:
                    WarnOfRawHtml(source, position.Of(html.Line, html.Column), html.Lines.Lines[0].Slice.ToString(), diagnostics);
                    break;
                case HtmlInline inlineHtml:
                    WarnOfRawHtml(source, position.Of(inlineHtml.Line, inlineHtml.Column), inlineHtml.Tag, diagnostics);
                    break;
                case HeadingBlock { Level: 1 } h1:
                    var (h1Line, h1Column) = position.Of(h1.Line, h1.Column);
                    diagnostics.Add(new Diagnostic(source.SitePath, h1Line, h1Column, DiagnosticCodes.ContentH1, Severity.Warning, "a level-1 heading ('# ...') in the Markdown: the layout already prints the page title as the only h1; start sections with '##'") { SourceLine = source.LineText(h1Line) });
                    break;
                case HeadingBlock { Level: 2 or 3 } heading when heading.GetAttributes().Id is { } id:
                    toc.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
                    break;
            }
        }

        return new ParsedNarrative(source, document, toc, ChartLines(source, charts, position))
        {
            Links = [.. found.Where(f => f.Link.Url is not null).Select(f => new NarrativeLink(f.Link.Url!, f.Line, f.Column))],
        };
    }

    /// <summary>Returns the plain text of inline content, e.g. a heading without its emphasis markup.</summary>
    /// <param name="inline">The inline container.</param>
    /// <returns>The text.</returns>
    public static string PlainText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        AppendText(inline, sb);
        return sb.ToString().Trim();
    }

    /// <summary>Yields every block and inline in document order, following the live sibling links.</summary>
    /// <remarks>Markdig's <c>Descendants()</c> skips inlines once <see cref="AbbreviationMarker"/> has replaced literals (the
    /// README's <c>abbreviations:</c> example then left links before an abbreviation unrewritten: 3 × CSA0302 on the default site).</remarks>
    private static IEnumerable<MarkdownObject> Walk(MarkdownObject node)
    {
        yield return node;
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container.ToList())
                {
                    foreach (var descendant in Walk(child))
                    {
                        yield return descendant;
                    }
                }

                break;
            case LeafBlock { Inline: { } inline }:
                foreach (var descendant in Walk(inline))
                {
                    yield return descendant;
                }

                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    foreach (var descendant in Walk(child))
                    {
                        yield return descendant;
                    }
                }

                break;
        }
    }

    /// <summary>Places each chart block at the line of its opening fence in the page's file.</summary>
    private static IReadOnlyList<PlacedChartBlock> ChartLines(PageSource source, List<ChartBlock> blocks, SourcePosition position)
    {
        if (blocks.Count == 0)
        {
            return [];
        }

        // Markdig counts lines of the Markdown after Scriban ran; the fences as written give the file's lines when they agree.
        var written = ChartBlockLines.Find(source.Body);
        return [.. blocks.Select((block, i) => new PlacedChartBlock(block, written.Count == blocks.Count ? source.BodyLine + written[i] : position.Of(block.Line, 0).Line))];
    }

    private static void AppendText(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                // "plan&#39;s" reads "plan's" in the heading, so in the contents and the page's outline too.
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendText(child, sb);
                }

                break;
        }
    }

    /// <summary>Warns of HTML the author wrote in a page (not HTML a template function printed there): markup belongs in the theme.</summary>
    private static void WarnOfRawHtml(PageSource source, (int Line, int Column) at, string html, DiagnosticBag diagnostics)
    {
        var tag = html.Trim();
        tag = tag[..Math.Min(tag.Length, 24)];
        var written = source.LineText(at.Line);
        var index = written?.IndexOf(tag, StringComparison.Ordinal) ?? -1;
        if (tag.Length < 2 || tag.StartsWith("<!--", StringComparison.Ordinal) || tag.StartsWith("</", StringComparison.Ordinal) || index < 0
            || written![..index].Split("{{").Length > written[..index].Split("}}").Length)
        {
            // Printed by a Scriban call such as {{ table }} (engine HTML, or a string inside {{ }}), a comment, or the
            // closing tag of markup already reported: not the author's markup, or not a second time.
            return;
        }

        var column = index + 1;
        diagnostics.Add(new Diagnostic(source.SitePath, at.Line, column, DiagnosticCodes.RawHtml, Severity.Warning,
            $"raw HTML ('{tag}') in a content page: markup belongs in the theme's components, so write Markdown (links, lists, tables) or use a component") { SourceLine = written });
    }

    /// <summary>Reports a URL whose scheme is not allowed and returns the empty URL to print instead, or <see langword="null"/> when it is allowed.</summary>
    private static string? RefuseScheme(PageSource source, int line, int column, string url, bool report, DiagnosticBag diagnostics)
    {
        if (UrlSchemes.FindRefused(url) is not { } scheme)
        {
            return null;
        }

        if (report)
        {
            diagnostics.Error(source.SitePath, line, column, DiagnosticCodes.DisallowedUrlScheme,
                $"the link '{url}' uses the scheme '{scheme}:', which is not allowed: links may be relative or use http, https, mailto or tel", source.LineText(line));
        }

        // An empty href goes nowhere, so a refused URL never becomes a live link even if the error were ignored.
        return string.Empty;
    }

    private string RewriteUrl(PageSource source, string url, int line, int column, DiagnosticBag diagnostics)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return url;
        }

        if (url[0] == '/')
        {
            return _links.BaseUrl.Link(url);
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? string.Empty : url[cut..];
        var folder = source.ContentPath.Contains('/', StringComparison.Ordinal) ? source.ContentPath[..source.ContentPath.LastIndexOf('/')] : string.Empty;
        var target = ContentPaths.Combine(folder, Uri.UnescapeDataString(path));
        if (target is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && _links.UrlsByContentPath.TryGetValue(target, out var pageUrl))
        {
            return _links.BaseUrl.Link(pageUrl) + suffix;
        }

        if (target is not null && _links.ContentFiles.Contains(target))
        {
            return _links.BaseUrl.Link(target) + suffix;
        }

        var what = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "page" : "file";
        diagnostics.Error(source.SitePath, line, column, DiagnosticCodes.BrokenContentLink,
            $"link to '{url}': no {what} '{source.Folder}{target ?? path}' exists (links between pages name the .md file, relative to this page)", source.LineText(line));
        return url;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
