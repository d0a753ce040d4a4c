using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Adds chart blocks to a Markdig pipeline: the parser before fenced code, the renderer before code blocks.</summary>
public sealed class ChartBlockExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<ChartBlockParser>())
        {
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new ChartBlockParser());
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlChartBlockRenderer>())
        {
            html.ObjectRenderers.InsertBefore<CodeBlockRenderer>(new HtmlChartBlockRenderer());
        }
    }
}
