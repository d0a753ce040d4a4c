using Csa.Site.Components;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Writes a <see cref="ChartBlock"/>: its rendered figure, or its YAML through the <c>code-block</c> component when no
/// chart was rendered.</summary>
public sealed class HtmlChartBlockRenderer : HtmlObjectRenderer<ChartBlock>
{
    private readonly ComponentRenderer _components;

    /// <summary>Initializes a new instance of the <see cref="HtmlChartBlockRenderer"/> class.</summary>
    /// <param name="components">The theme's components.</param>
    public HtmlChartBlockRenderer(ComponentRenderer components) => _components = components;

    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, ChartBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (obj.Html is not null)
        {
            renderer.Write(obj.Html);
            return;
        }

        renderer.WriteLine(_components.RenderAsWritten(ComponentNames.CodeBlock, new CodeBlockModel(obj.Info ?? Charts.ChartKeys.InfoString, obj.Body())).Html);
    }
}
