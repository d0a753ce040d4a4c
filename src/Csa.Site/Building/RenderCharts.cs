using Csa.Site.Charts;
using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Stage: renders the chart blocks of every parsed page, in parallel: reads each block, selects its data, lays it
/// out, writes its SVG and PNG files to <c>/charts/</c> and sets the figure on the block for <see cref="WritePages"/>.</summary>
/// <remarks>Problems are reported at the block's lines in the page's file. A chart with errors leaves an empty figure.</remarks>
public static class RenderCharts
{
    /// <summary>Renders the charts of the pages.</summary>
    /// <param name="drafts">The parsed pages.</param>
    /// <param name="charts">The site's chart renderer.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The number of charts rendered.</returns>
    public static int Run(IReadOnlyList<PageDraft> drafts, ChartRenderer charts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(charts);
        var before = charts.Count;
        Parallel.ForEach(drafts.Where(d => d.Narrative is { Charts.Count: > 0 }), draft =>
        {
            var source = draft.Page.Source;
            var page = new ChartPage(source.SitePath, draft.Page.Url, source.LineText);
            foreach (var placed in draft.Narrative!.Charts)
            {
                placed.Block.Html = charts.Render(page, placed.Block.Body(), placed.FenceLine, diagnostics, placed.Block.Line);
            }
        });
        return charts.Count - before;
    }
}
