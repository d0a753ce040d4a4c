using Csa.Site.Content;
using Csa.Site.Narrative;

namespace Csa.Site.Building;

/// <summary>Holds a page between the stages that render it: its Markdown parsed, its charts not yet drawn.</summary>
/// <param name="Page">The page.</param>
/// <param name="Narrative">The parsed Markdown, or <see langword="null"/> when its Scriban failed (the page is not written).</param>
public sealed record PageDraft(Page Page, ParsedNarrative? Narrative);
