using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Csa.Site.Checks;

/// <summary>Reads a page's ids and links from AngleSharp's HTML tokenizer, without building the page's tree.</summary>
/// <remarks>What the tree would give is followed from the tags: open elements are kept on a stack (an end tag closes up to
/// its nearest open element of that name; void and self-closing elements never open), the tokenizer is switched to raw
/// text after <c>script</c>, <c>style</c>, <c>title</c> and the like as the tree builder would, and <c>svg</c> content is
/// foreign (its <c>title</c> is ordinary text, <c>xlink:href</c> links). A link's accessible name follows
/// <see cref="LinkText"/>: its <c>aria-label</c>, text, <c>img</c> alt, an <c>svg</c>'s <c>title</c> or a descendant's
/// <c>aria-label</c> outside <c>aria-hidden</c> parts, or its <c>title</c>. A link named by <c>aria-labelledby</c> needs
/// another element's text, so such a page is left to the whole parse.</remarks>
internal static class HtmlTokenScan
{
    // The attributes the checks read; the tokenizer drops every other one (most of a chart's), which halves its work.
    private static readonly FrozenSet<string> _read = new[]
    {
        "id", "name", "href", "src", "poster", "srcset", "xlink:href", "rel", "content", "alt", "title", "aria-hidden", "aria-label", "aria-labelledby",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _readNames = _read.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> _void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    /// <summary>Reads a page.</summary>
    /// <param name="path">The page, relative to the output folder.</param>
    /// <param name="html">The page's text.</param>
    /// <returns>The page's ids, links and in-page problems; <see langword="null"/> when the page needs the whole parse.</returns>
    public static PageScan? Scan(string path, string html)
    {
        // A read-only source: the plain string source copies the page into a pooled buffer. The tokenizer is not disposed:
        // disposing returns its buffer to AngleSharp's one shared pool, behind a lock that parallel scans queue for (about
        // half the time); the garbage collector takes the buffer back instead.
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = (ref _, name) => _readNames.Contains(name.Span),
        };
        var scan = new PageScanBuilder(path);
        var problems = scan.Problems;
        var open = new List<Open>();
        OpenLink? link = null;
        var svg = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character when link is not null && !Hidden(open, link.Depth) && !string.IsNullOrWhiteSpace(token.Data):
                    // Text anywhere in the link (an svg's title and text too) names it.
                    link.Named = true;
                    break;
                case HtmlTokenType.EndTag:
                    Close(open, token.Name, ref svg, ref link, path, problems);
                    break;
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    var name = tag.Name;
                    var line = tag.Position.Line;
                    string? Attribute(string key) => tag.GetAttribute(key) is { Length: > 0 } value ? value : (tag.Attributes.Any(a => a.Name == key) ? string.Empty : null);
                    if (name == "a" && link is not null)
                    {
                        // An a inside an a closes the first, as the tree builder does.
                        Close(open, "a", ref svg, ref link, path, problems);
                    }

                    var linksToCheck = scan.Element(name, line, Attribute);
                    var hidden = Attribute("aria-hidden") == "true";
                    if (link is not null && !hidden && !Hidden(open, link.Depth))
                    {
                        link.Named |= Attribute("aria-label") is { } label && !string.IsNullOrWhiteSpace(label)
                            || (name is "img" or "input" or "area" && Attribute("alt") is { } alt && !string.IsNullOrWhiteSpace(alt));
                    }

                    if (linksToCheck)
                    {
                        foreach (var attribute in tag.Attributes)
                        {
                            var xlink = svg > 0 && attribute.Name.StartsWith("xlink:", StringComparison.Ordinal);
                            HtmlPageScanner.AddLink(name, xlink ? attribute.Name[6..] : attribute.Name, xlink, attribute.Value, line, scan.Links);
                        }
                    }

                    var opens = !_void.Contains(name) && !(tag.IsSelfClosing && (svg > 0 || name == "svg"));
                    if (name is "a" or "area" && Attribute("href") is { } href)
                    {
                        if (Attribute("aria-labelledby") is not null)
                        {
                            return null;
                        }

                        var named = Attribute("aria-label") is { } label && !string.IsNullOrWhiteSpace(label)
                            || Attribute("title") is { } title && !string.IsNullOrWhiteSpace(title)
                            || (name == "area" && Attribute("alt") is { } alt && !string.IsNullOrWhiteSpace(alt));
                        if (name == "a" && opens)
                        {
                            link = new OpenLink(name, href, line, open.Count) { Named = named };
                        }
                        else
                        {
                            HtmlPageScanner.CheckLinkText(path, named, name, href, line, problems);
                        }
                    }

                    if (!opens)
                    {
                        break;
                    }

                    open.Add(new Open(name, hidden));
                    if (name == "svg")
                    {
                        svg++;
                    }
                    else if (svg == 0)
                    {
                        tokenizer.State = name switch
                        {
                            "script" => HtmlParseMode.Script,
                            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                            "title" or "textarea" => HtmlParseMode.RCData,
                            "plaintext" => HtmlParseMode.Plaintext,
                            _ => tokenizer.State,
                        };
                    }

                    break;
            }
        }

        if (link is not null)
        {
            HtmlPageScanner.CheckLinkText(path, link.Named, link.Name, link.Href, link.Line, problems);
        }

        return scan.Build();
    }

    // Whether an element opened inside the link (above its depth) hides what is in it from screen readers.
    private static bool Hidden(List<Open> open, int depth)
    {
        for (var i = open.Count - 1; i > depth; i--)
        {
            if (open[i].Hidden)
            {
                return true;
            }
        }

        return false;
    }

    // An end tag closes its nearest open element of that name and all opened after it; one with none open is ignored.
    private static void Close(List<Open> open, string name, ref int svg, ref OpenLink? link, string path, List<LinkProblem> problems)
    {
        var at = open.FindLastIndex(o => o.Name == name);
        if (at < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i >= at; i--)
        {
            if (open[i].Name == "svg")
            {
                svg--;
            }
        }

        open.RemoveRange(at, open.Count - at);
        if (link is not null && link.Depth >= open.Count)
        {
            HtmlPageScanner.CheckLinkText(path, link.Named, link.Name, link.Href, link.Line, problems);
            link = null;
        }
    }

    private readonly record struct Open(string Name, bool Hidden);

    private sealed record OpenLink(string Name, string Href, int Line, int Depth)
    {
        public bool Named { get; set; }
    }
}
