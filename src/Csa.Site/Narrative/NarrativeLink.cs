namespace Csa.Site.Narrative;

/// <summary>Describes a link or image a page's Markdown produced, with the place in the page's file that wrote it, so the
/// link check can report a problem with it at that line rather than at the output page's.</summary>
/// <param name="Url">The URL as written into the HTML (after rewriting for the base path).</param>
/// <param name="Line">The 1-based line in the page's file.</param>
/// <param name="Column">The 1-based column, or 0 when Scriban changed the line so the column is not known.</param>
public sealed record NarrativeLink(string Url, int Line, int Column);
