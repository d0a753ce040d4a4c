using Csa.Site.Components;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Adds chart blocks to a Markdig pipeline: the parser before fenced code, the renderer before code blocks.</summary>
public sealed class ChartBlockExtension : IMarkdownExtension
{
    private readonly ComponentRenderer _components;

    /// <summary>Initializes a new instance of the <see cref="ChartBlockExtension"/> class.</summary>
    /// <param name="components">The theme's components, which show a block that was not drawn as code.</param>
    public ChartBlockExtension(ComponentRenderer components) => _components = components;

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
            html.ObjectRenderers.InsertBefore<CodeBlockRenderer>(new HtmlChartBlockRenderer(_components));
        }
    }
}
