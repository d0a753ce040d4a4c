using Csa.Site.Content;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>A template context that notes which statement of the rendered template wrote each stretch of the output,
/// from which a <see cref="LineMap"/> is built.</summary>
/// <remarks>Only the template's own top-level statements and its literal text are tracked: output of an include or a
/// function call belongs to the statement that made it.</remarks>
internal sealed class LineTrackingContext : Components.HtmlTemplateContext
{
    private readonly HashSet<ScriptNode> _topLevel;
    private readonly string? _path;
    private readonly List<(int Offset, ScriptNode Node)> _segments = [];
    private readonly Stack<ScriptNode> _open = new();
    private StringBuilderOutput? _root;

    public LineTrackingContext(ScriptObject builtins, Template template)
        : base(builtins)
    {
        _topLevel = new HashSet<ScriptNode>(template.Page?.Body?.Statements ?? [], ReferenceEqualityComparer.Instance);
        _path = template.SourceFilePath;
    }

    /// <summary>Starts tracking writes to the current output (call just before rendering).</summary>
    public void Track() => _root = Output as StringBuilderOutput;

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (_root is null || scriptNode is null || !IsTracked(scriptNode))
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        _segments.Add((_root.Builder.Length, scriptNode));
        _open.Push(scriptNode);
        try
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        finally
        {
            _open.Pop();
            if (_open.TryPeek(out var outer))
            {
                _segments.Add((_root.Builder.Length, outer));
            }
        }
    }

    /// <summary>Returns the 0-based line of the template's output being written now (output captured elsewhere counts
    /// where the capture started); <see cref="int.MaxValue"/> before tracking starts.</summary>
    /// <returns>The number of line breaks written so far.</returns>
    public int OutputLine()
    {
        if (_root is null)
        {
            return int.MaxValue;
        }

        var lines = 0;
        foreach (var chunk in _root.Builder.GetChunks())
        {
            lines += chunk.Span.Count('\n');
        }

        return lines;
    }

    /// <summary>Builds the line map of the output written so far.</summary>
    /// <param name="output">The rendered output.</param>
    /// <param name="source">The template's text.</param>
    /// <returns>The map; the identity when nothing was tracked.</returns>
    public LineMap BuildMap(string output, string source)
    {
        if (_segments.Count == 0)
        {
            return LineMap.Identity;
        }

        var lines = new List<int>();
        var segment = -1;
        var lineStart = 0;
        var sourceLine = 0;
        while (true)
        {
            var next = segment;
            while (next + 1 < _segments.Count && _segments[next + 1].Offset <= lineStart)
            {
                next++;
            }

            if (next != segment)
            {
                // Entering a new stretch: place its first line; later lines of literal text follow one for one.
                segment = next;
                sourceLine = FirstLine(lineStart, _segments[segment], output, source);
            }
            else if (segment >= 0 && _segments[segment].Node is ScriptRawStatement)
            {
                sourceLine++;
            }

            lines.Add(Math.Max(0, sourceLine));
            var end = output.IndexOf('\n', lineStart);
            if (end < 0)
            {
                break;
            }

            lineStart = end + 1;
        }

        return LineMap.FromLines([.. lines]);
    }

    private static int FirstLine(int lineStart, (int Offset, ScriptNode Node) segment, string output, string source)
    {
        var start = segment.Node.Span.Start;
        if (segment.Node is not ScriptRawStatement)
        {
            return start.Line;
        }

        // Literal text is written as it stands, so each line break written moves one source line on; whitespace
        // trimmed by '~' before the text is counted back in by comparing the line breaks that lead each.
        var written = Count(output, segment.Offset, lineStart);
        var trimmed = Math.Max(0, Leading(source, start.Offset) - Leading(output, segment.Offset));
        return start.Line + written + trimmed;
    }

    private static int Count(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private static int Leading(string text, int from)
    {
        var n = 0;
        for (var i = Math.Max(0, from); i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private bool IsTracked(ScriptNode node) =>
        _topLevel.Contains(node) || (node is ScriptRawStatement && node.Span.FileName == _path && ReferenceEquals(Output, _root));
}
