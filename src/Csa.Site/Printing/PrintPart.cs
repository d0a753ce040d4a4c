using Csa.Site.Content;
using Csa.Site.Narrative;

namespace Csa.Site.Printing;

/// <summary>One page of the site as it goes into the whole-plan document: the page and its rendered Markdown.</summary>
/// <param name="Page">The page.</param>
/// <param name="Narrative">Its body, as rendered for its own page.</param>
public sealed record PrintPart(Page Page, RenderedNarrative Narrative);
