using Csa.Site.Content;
using Csa.Site.Narrative;

namespace Csa.Site.Building;

/// <summary>Holds a page between the stages that render it: its Markdown parsed, its charts not yet drawn.</summary>
/// <param name="Page">The page.</param>
/// <param name="Narrative">The parsed Markdown, or <see langword="null"/> when its Scriban failed (the page is not written)
/// or when the page is <see cref="Reused"/>.</param>
public sealed record PageDraft(Page Page, ParsedNarrative? Narrative)
{
    /// <summary>Gets the page as a previous build of the same session wrote it, when none of its inputs changed since
    /// (<c>csa-site serve</c>); it is then written as it was, without rendering it again.</summary>
    public ReusedPage? Reused { get; init; }

    /// <summary>Gets or sets the page's Markdown as HTML once the page is written, for the session to keep.</summary>
    public RenderedNarrative? Rendered { get; set; }
}
