namespace Csa.Site.Components;

/// <summary>One page of the whole-plan document.</summary>
/// <param name="Id">The part's id (its heading's), e.g. <c>part-priorities-asb</c>; ids inside it start with it and <c>--</c>.</param>
/// <param name="Title">The page title.</param>
/// <param name="Summary">The page's summary, if any.</param>
/// <param name="Url">The page's own address, with the site's host when one is known.</param>
/// <param name="Content">The page's body, its headings one level down (the part title is the level-2 heading).</param>
/// <param name="Depth">How deep the page sits: 0 for the home page, 1 for <c>/priorities/</c>, 2 for <c>/priorities/asb/</c>.</param>
public sealed record PrintPartModel(string Id, string Title, string? Summary, string Url, RawHtml Content, int Depth);
