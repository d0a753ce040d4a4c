namespace Csa.Site.Content;

/// <summary>Maps each line of a template's output back to the line of the template that wrote it, so positions Markdig
/// reports in a page's Markdown (after Scriban ran) point at the page as written.</summary>
/// <remarks>Literal text keeps its lines one for one; everything an expression, loop or include writes is placed at the line
/// of the statement that wrote it. A multi-line Scriban block before a link therefore does not shift the link's line.</remarks>
public sealed class LineMap
{
    private readonly int[]? _sourceLines;

    private LineMap(int[]? sourceLines) => _sourceLines = sourceLines;

    /// <summary>Gets the map of a text that was not changed: every line is its own source line.</summary>
    public static LineMap Identity { get; } = new(null);

    /// <summary>Creates a map from the source line of each output line.</summary>
    /// <param name="sourceLines">For each zero-based output line, its zero-based source line.</param>
    /// <returns>The map.</returns>
    public static LineMap FromLines(int[] sourceLines) => new(sourceLines);

    /// <summary>Returns the zero-based source line of a zero-based output line.</summary>
    /// <param name="outputLine">The zero-based line in the output.</param>
    /// <returns>The zero-based line in the template; lines past the end map to the last known one.</returns>
    public int ToSource(int outputLine)
    {
        if (_sourceLines is null || _sourceLines.Length == 0 || outputLine < 0)
        {
            return outputLine;
        }

        return _sourceLines[Math.Min(outputLine, _sourceLines.Length - 1)];
    }
}
