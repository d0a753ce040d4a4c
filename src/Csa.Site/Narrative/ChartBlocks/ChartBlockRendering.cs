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
    /// <param name="fileLineOf">Maps a block's zero-based Markdown line to its 1-based line in the page's file; when
    /// <see langword="null"/>, the Markdown's lines are taken as the body's.</param>
    public static void RenderAll(ChartRenderer charts, PageSource source, string pageUrl, IReadOnlyList<ChartBlock> blocks, DiagnosticBag diagnostics, Func<int, int>? fileLineOf = null)
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
            var line = written.Count == blocks.Count ? source.BodyLine + written[i] : fileLineOf?.Invoke(blocks[i].Line) ?? source.BodyLine + blocks[i].Line;
            blocks[i].Html = charts.Render(page, blocks[i].Body(), line, diagnostics);
        }
    }
}
