using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Csa.Site.Narrative;

/// <summary>Creates the one Markdig pipeline every page shares, with the extensions a report needs.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Builds the pipeline: pipe tables, footnotes, GitHub-style heading ids, figures, abbreviations,
    /// definition lists, emphasis extras, precise source positions and generic attributes (which must come last).</summary>
    /// <returns>An immutable pipeline, safe to share between threads.</returns>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFigures()
            .UseAbbreviations()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseGenericAttributes()
            .Build();
}
