namespace Csa.Site.Checks;

/// <summary>Describes one link found in a page or SVG file, as written there.</summary>
/// <param name="Element">The element and attribute, e.g. <c>a href</c>, <c>img srcset</c>, <c>use xlink:href</c>.</param>
/// <param name="Value">The URL as written (one candidate of a <c>srcset</c>).</param>
/// <param name="Line">The 1-based line in the file, or 0 when unknown.</param>
/// <param name="IsNavigation">Whether a reader follows it (<c>a</c> and <c>area</c>): such links make pages reachable, and a file they lead to is a download.</param>
public sealed record FoundLink(string Element, string Value, int Line, bool IsNavigation);
