using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Parses fenced blocks whose info string is <c>chart</c> into <see cref="ChartBlock"/>s; any other fence is left
/// to Markdig's fenced code parser, which runs after this one.</summary>
public sealed class ChartBlockParser : FencedCodeBlockParser
{
    /// <summary>Initializes a new instance of the <see cref="ChartBlockParser"/> class.</summary>
    public ChartBlockParser()
    {
        InfoParser = ParseInfo;
    }

    /// <inheritdoc/>
    protected override FencedCodeBlock CreateFencedBlock(BlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return new ChartBlock(this) { IndentCount = processor.Indent };
    }

    private static bool ParseInfo(BlockProcessor state, ref StringSlice line, IFencedBlock fenced, char openingCharacter) =>
        DefaultInfoParser(state, ref line, fenced, openingCharacter) && string.Equals(fenced.Info, Charts.ChartKeys.InfoString, StringComparison.Ordinal);
}
