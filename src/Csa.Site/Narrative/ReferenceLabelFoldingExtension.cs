using System.Reflection;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Csa.Site.Narrative;

/// <summary>Makes link reference labels match with full Unicode case folding (<see cref="ReferenceLabelComparer"/>), as CommonMark requires.</summary>
/// <remarks>Markdig keeps a document's definitions in <see cref="LinkReferenceDefinitionGroup.Links"/>, a dictionary whose
/// comparer is fixed when it is created and, under <c>InvariantGlobalization</c>, misses <c>[ẞ]</c> = <c>[SS]</c>. Just before
/// inlines are parsed (when every definition is known and no link has been resolved), this extension gives the group a
/// dictionary with the folding comparer, keeping the first definition of each label. Markdig has no public way to choose the
/// comparer, so the property's backing field is set; <c>ReferenceLabelTests</c> fails if a Markdig update renames it.</remarks>
public sealed class ReferenceLabelFoldingExtension : IMarkdownExtension
{
    private static readonly FieldInfo? _linksField = typeof(LinkReferenceDefinitionGroup)
        .GetField("<Links>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly object _documentKey = new();

    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        // Every leaf block that can hold a reference link is closed before inlines are parsed; the first one registers the swap.
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed += OnBlockClosed;
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnBlockClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(_documentKey) is null)
        {
            document.SetData(_documentKey, true);
            document.ProcessInlinesBegin += FoldLabels;
        }
    }

    private static void FoldLabels(InlineProcessor processor, Markdig.Syntax.Inlines.Inline? inline)
    {
        if (processor.Document.GetLinkReferenceDefinitions(false) is not { } group || _linksField is null
            || group.Links.Comparer is ReferenceLabelComparer)
        {
            return;
        }

        var folded = new Dictionary<string, LinkReferenceDefinition>(ReferenceLabelComparer.Instance);
        foreach (var (label, definition) in group.Links)
        {
            folded.TryAdd(label, definition);
        }

        _linksField.SetValue(group, folded);
    }
}
