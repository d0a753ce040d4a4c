using System.Text.RegularExpressions;
using Csa.Site.Components;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Csa.Site.Narrative;

/// <summary>Marks the first use of each known abbreviation in a page's text with the theme's <c>abbr</c> component.</summary>
/// <remarks>Abbreviations come from <c>abbreviations:</c> in <c>site.yml</c>. Only whole words in running text are
/// marked: not in headings, links, code or raw HTML. Later uses on the same page are left plain.</remarks>
public sealed class AbbreviationMarker
{
    private readonly Dictionary<string, string> _marked;
    private static Regex? _last;
    private readonly Regex? _pattern;

    /// <summary>Initializes a new instance of the <see cref="AbbreviationMarker"/> class.</summary>
    /// <param name="expansions">Each abbreviation (e.g. <c>ASB</c>) with its expansion (<c>anti-social behaviour</c>).</param>
    /// <param name="components">The theme's components, which write each marked abbreviation; the defaults when <see langword="null"/>.</param>
    public AbbreviationMarker(IReadOnlyDictionary<string, string> expansions, ComponentRenderer? components = null)
    {
        ArgumentNullException.ThrowIfNull(expansions);
        var renderer = components ?? ComponentRenderer.Default;
        // Each abbreviation is written the same way on every page, so once.
        _marked = expansions.ToDictionary(e => e.Key, e => renderer.RenderAsWritten(ComponentNames.Abbreviation, new AbbreviationModel(e.Key, e.Value)).Html, StringComparer.Ordinal);
        if (expansions.Count > 0)
        {
            // Longest first, so "CSPs" style overlaps prefer the longer abbreviation.
            var alternatives = expansions.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
            _pattern = PatternFor(@"(?<![\w-])(" + string.Join('|', alternatives) + @")(?![\w-])");
        }
    }

    /// <summary>Marks the first use of each abbreviation in a parsed document.</summary>
    /// <param name="document">The document, after parsing.</param>
    public void Mark(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_pattern is null)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (IsExcluded(literal))
            {
                continue;
            }

            var text = literal.Content.ToString();
            var parts = new List<Inline>();
            var position = 0;
            foreach (Match match in _pattern.Matches(text))
            {
                if (!used.Add(match.Value))
                {
                    continue;
                }

                parts.Add(new LiteralInline(text[position..match.Index]));
                parts.Add(new HtmlInline(_marked[match.Value]));
                position = match.Index + match.Length;
            }

            if (parts.Count == 0)
            {
                continue;
            }

            parts.Add(new LiteralInline(text[position..]));
            foreach (var part in parts)
            {
                literal.InsertBefore(part);
            }

            literal.Remove();
        }
    }

    // Compiling the pattern and its first match take 10-15 ms, most of a 'serve' rebuild of one page; every rebuild of an
    // unchanged glossary makes the same pattern, so the last one made is kept (a Regex is safe to share between threads).
    private static Regex PatternFor(string pattern)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && string.Equals(last.ToString(), pattern, StringComparison.Ordinal))
        {
            return last;
        }

        var made = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Volatile.Write(ref _last, made);
        return made;
    }

    private static bool IsExcluded(LiteralInline literal)
    {
        ContainerInline? root = null;
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }

            root = parent;
        }

        return root?.ParentBlock is HeadingBlock or CodeBlock;
    }
}
