using Csa.Site.Components;
using Csa.Site.Narrative.ChartBlocks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Csa.Site.Narrative;

/// <summary>Creates the one Markdig pipeline every page shares, with the extensions a report needs.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Builds the pipeline: pipe tables (rendered by <see cref="AccessibleTableRenderer"/>), footnotes, GitHub-style heading ids, figures, abbreviations,
    /// definition lists, emphasis extras, chart blocks, CommonMark label case folding, precise source positions and generic attributes (which must come last).</summary>
    /// <param name="abbreviations">Marks the first use of each known abbreviation, when given.</param>
    /// <param name="components">The theme's components, which render pipe tables; the defaults when <see langword="null"/>.</param>
    /// <returns>An immutable pipeline, safe to share between threads.</returns>
    public static MarkdownPipeline Create(AbbreviationMarker? abbreviations = null, ComponentRenderer? components = null)
    {
        components ??= ComponentRenderer.Default;
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .Use(new AccessibleTablesExtension(components))
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFigures()
            .UseAbbreviations()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .Use(new ChartBlockExtension(components))
            .Use<ReferenceLabelFoldingExtension>()
            .UseGenericAttributes();
        if (abbreviations is not null)
        {
            builder.DocumentProcessed += abbreviations.Mark;
        }

        return builder.Build();
    }
}
