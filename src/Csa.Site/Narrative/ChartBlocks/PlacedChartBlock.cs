namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Pairs a chart block with the 1-based line of its opening fence in the page's file, where its diagnostics point.</summary>
/// <param name="Block">The block; its <see cref="ChartBlock.Html"/> is set when the chart is rendered.</param>
/// <param name="FenceLine">The line of the opening fence in the page's file.</param>
public sealed record PlacedChartBlock(ChartBlock Block, int FenceLine);
