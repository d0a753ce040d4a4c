using Csa.Site.Components;
using Markdig;
using Markdig.Renderers;

namespace Csa.Site.Narrative;

/// <summary>Replaces Markdig's pipe-table HTML renderer with <see cref="AccessibleTableRenderer"/>.</summary>
/// <remarks>Must be added after <c>UsePipeTables</c>, whose renderer it replaces.</remarks>
public sealed class AccessibleTablesExtension : IMarkdownExtension
{
    private readonly ComponentRenderer _components;

    /// <summary>Initializes a new instance of the <see cref="AccessibleTablesExtension"/> class.</summary>
    /// <param name="components">The theme's components; tables render through <c>components/markdown-table.html</c>.</param>
    public AccessibleTablesExtension(ComponentRenderer components)
    {
        _components = components;
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new AccessibleTableRenderer(_components));
        }
    }
}
