using Csa.Site.Content;

namespace Csa.Site.Narrative;

/// <summary>Turns a zero-based line and column Markdig reports in a page's Markdown (after Scriban ran) into the 1-based
/// line and column in the page's file.</summary>
internal sealed class SourcePosition
{
    private readonly PageSource _source;
    private readonly string _markdown;
    private readonly LineMap _lines;
    private LineIndex? _markdownLines;
    private LineIndex? _bodyLines;

    public SourcePosition(PageSource source, string markdown, LineMap lines)
    {
        _source = source;
        _markdown = markdown;
        _lines = lines;
    }

    /// <summary>Returns the file line and column; the column is 0 when Scriban changed the line, so it is not known.</summary>
    public (int Line, int Column) Of(int markdownLine, int markdownColumn)
    {
        var bodyLine = _lines.ToSource(markdownLine);
        var line = _source.BodyLine + bodyLine;
        if (ReferenceEquals(_lines, LineMap.Identity))
        {
            return (line, markdownColumn + 1);
        }

        _markdownLines ??= new LineIndex(_markdown);
        _bodyLines ??= new LineIndex(_source.Body);
        var same = string.Equals(_markdownLines.Line(markdownLine + 1), _bodyLines.Line(bodyLine + 1), StringComparison.Ordinal);
        return (line, same ? markdownColumn + 1 : 0);
    }
}
