using Csa.Site.Content;
using Csa.Site.Narrative.ChartBlocks;
using Markdig.Syntax;

namespace Csa.Site.Narrative;

/// <summary>Holds a page's Markdown parsed, its links checked and rewritten, waiting to be written as HTML once its chart
/// blocks have their figures.</summary>
/// <param name="Source">The page the Markdown comes from.</param>
/// <param name="Document">The parsed Markdown.</param>
/// <param name="Toc">The level-2 and level-3 headings, in order.</param>
/// <param name="Charts">The page's chart blocks, in document order, each with the line of its fence in the page's file.</param>
public sealed record ParsedNarrative(PageSource Source, MarkdownDocument Document, IReadOnlyList<TocEntry> Toc, IReadOnlyList<PlacedChartBlock> Charts)
{
    /// <summary>Gets the links and images of the body, in order, with their lines in the page's file.</summary>
    public IReadOnlyList<NarrativeLink> Links { get; init; } = [];
}
