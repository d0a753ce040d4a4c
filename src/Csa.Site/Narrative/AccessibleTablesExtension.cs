using Markdig;
using Markdig.Renderers;

namespace Csa.Site.Narrative;

/// <summary>Replaces Markdig's pipe-table HTML renderer with <see cref="AccessibleTableRenderer"/>.</summary>
/// <remarks>Must be added after <c>UsePipeTables</c>, whose renderer it replaces.</remarks>
public sealed class AccessibleTablesExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new AccessibleTableRenderer());
        }
    }
}
