using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Writes a <see cref="ChartBlock"/>: its rendered figure, or its YAML as a code block when no chart was rendered.</summary>
public sealed class HtmlChartBlockRenderer : HtmlObjectRenderer<ChartBlock>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, ChartBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.Html is not null)
        {
            renderer.EnsureLine();
            renderer.Write(obj.Html);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre><code class=\"language-chart\">");
        renderer.WriteEscape(obj.Body());
        renderer.WriteLine("</code></pre>");
    }
}
