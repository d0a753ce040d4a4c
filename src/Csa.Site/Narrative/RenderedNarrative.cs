namespace Csa.Site.Narrative;

/// <summary>Holds a page body turned from Markdown into HTML, with the headings for its contents list.</summary>
/// <param name="Html">The body HTML.</param>
/// <param name="Toc">The level-2 and level-3 headings, in order.</param>
public sealed record RenderedNarrative(string Html, IReadOnlyList<TocEntry> Toc)
{
    /// <summary>Gets the links and images of the body, in order, with their lines in the page's file.</summary>
    public IReadOnlyList<NarrativeLink> Links { get; init; } = [];
}
