using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Csa.Site.Narrative;

/// <summary>Keeps Scriban out of Markdown code: code spans and code blocks that hold <c>{{</c> are wrapped in Scriban's
/// escape block (<c>{%{ ... }%}</c>), so they print literally, as Markdown means them to.</summary>
/// <remarks>Chart blocks (fenced with <c>chart</c>) are settings, not code, and are left for Scriban. The wrapper adds no
/// lines, so line numbers are kept; a page opts out with <c>scriban_in_code: true</c>.</remarks>
public static class CodeTemplateGuard
{
    private const string Open = "{%{";
    private const string Close = "}%}";
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Returns the Markdown with every code span and block that holds a Scriban delimiter escaped for Scriban.</summary>
    /// <param name="markdown">The page's Markdown, before Scriban runs.</param>
    /// <returns>The guarded Markdown (the same string when there is nothing to guard).</returns>
    public static string Guard(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains('`', StringComparison.Ordinal) && !markdown.Contains("    ", StringComparison.Ordinal) && !markdown.Contains('~', StringComparison.Ordinal))
        {
            return markdown;
        }

        var spans = new List<(int Start, int End)>();
        foreach (var node in Markdown.Parse(markdown, _pipeline).Descendants())
        {
            var span = node switch
            {
                FencedCodeBlock fenced when !string.Equals(fenced.Info, "chart", StringComparison.Ordinal) => fenced.Span,
                CodeBlock and not FencedCodeBlock => ((CodeBlock)node).Span,
                CodeInline code => code.Span,
                _ => SourceSpan.Empty,
            };
            if (!span.IsEmpty && span.End < markdown.Length + 1 && HoldsScriban(markdown, span))
            {
                spans.Add((span.Start, Math.Min(span.End, markdown.Length - 1)));
            }
        }

        if (spans.Count == 0)
        {
            return markdown;
        }

        var guarded = new StringBuilder(markdown.Length + (spans.Count * (Open.Length + Close.Length)));
        var at = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (start < at)
            {
                continue;
            }

            guarded.Append(markdown, at, start - at).Append(Open).Append(markdown, start, end - start + 1).Append(Close);
            at = end + 1;
        }

        return guarded.Append(markdown, at, markdown.Length - at).ToString();
    }

    private static bool HoldsScriban(string markdown, SourceSpan span)
    {
        var text = markdown.AsSpan(span.Start, Math.Min(span.Length, markdown.Length - span.Start));
        return text.Contains("{{", StringComparison.Ordinal) && !text.Contains(Close, StringComparison.Ordinal);
    }
}
