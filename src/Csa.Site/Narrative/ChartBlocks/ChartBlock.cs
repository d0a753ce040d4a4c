using Markdig.Parsers;
using Markdig.Syntax;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Represents a fenced block with the info string <c>chart</c>: a chart declared where it appears, by a YAML body.</summary>
public sealed class ChartBlock : FencedCodeBlock
{
    /// <summary>Initializes a new instance of the <see cref="ChartBlock"/> class.</summary>
    /// <param name="parser">The parser that opened the block.</param>
    public ChartBlock(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>Gets or sets the chart's rendered figure, set before the document is written; the YAML is shown as code when unset.</summary>
    public string? Html { get; set; }

    /// <summary>Returns the block's body: the YAML between the fences.</summary>
    /// <returns>The text, lines joined with LF.</returns>
    public string Body() => string.Join('\n', Lines.Lines.Take(Lines.Count).Select(l => l.Slice.ToString()));
}
