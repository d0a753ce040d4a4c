using Csa.Site.Content;
using Csa.Site.Narrative;

namespace Csa.Site.Building;

/// <summary>Holds a page between the stages that render it: its Markdown parsed, its charts not yet drawn.</summary>
/// <param name="Page">The page.</param>
/// <param name="Narrative">The parsed Markdown, or <see langword="null"/> when its Scriban failed (the page is not written)
/// or when the page is <see cref="Reused"/>.</param>
public sealed record PageDraft(Page Page, ParsedNarrative? Narrative)
{
    /// <summary>Gets the parsed Markdown, or <see langword="null"/> when its Scriban failed, the page is
    /// <see cref="Reused"/>, or the page is written and what it parsed is no longer held (<see cref="Written"/>).</summary>
    public ParsedNarrative? Narrative { get; private set; } = Narrative;

    /// <summary>Gets the page as a previous build of the same session wrote it, when none of its inputs changed since
    /// (<c>csa-site serve</c>); it is then written as it was, without rendering it again.</summary>
    public ReusedPage? Reused { get; init; }

    /// <summary>Gets or sets the page's Markdown as HTML once the page is written, for the session to keep.</summary>
    public RenderedNarrative? Rendered { get; set; }

    /// <summary>Notes that the page is written: in a session its Markdown as HTML is kept; otherwise nothing of it is held
    /// any longer, so a large site's pages need not all be in memory at once.</summary>
    /// <param name="rendered">The page's Markdown as HTML.</param>
    /// <param name="keep">Whether to keep it (<c>csa-site serve</c>).</param>
    public void Written(RenderedNarrative rendered, bool keep)
    {
        Rendered = keep ? rendered : null;
        Narrative = null;
    }
}
