using Csa.Site.Charts;
using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Renders the chart blocks of one parsed page, so the document writes each block as its figure.</summary>
public static class ChartBlockRendering
{
    /// <summary>Renders every chart block of a page and stores each figure on its block.</summary>
    /// <param name="charts">The site's chart renderer.</param>
    /// <param name="source">The page.</param>
    /// <param name="pageUrl">The page's site-relative URL, which names its chart files.</param>
    /// <param name="blocks">The page's chart blocks, in document order.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void RenderAll(ChartRenderer charts, PageSource source, string pageUrl, IReadOnlyList<ChartBlock> blocks, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0)
        {
            return;
        }

        var page = new ChartPage(source.SitePath, pageUrl, source.LineText);
        // Markdig counts lines of the Markdown after Scriban ran; the fences as written give the file's lines when they agree.
        var written = ChartBlockLines.Find(source.Body);
        for (var i = 0; i < blocks.Count; i++)
        {
            var line = source.BodyLine + (written.Count == blocks.Count ? written[i] : blocks[i].Line);
            blocks[i].Html = charts.Render(page, blocks[i].Body(), line, diagnostics);
        }
    }
}
