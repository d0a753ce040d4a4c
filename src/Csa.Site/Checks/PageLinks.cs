namespace Csa.Site.Checks;

/// <summary>Holds what the link rules found on one page: its problems, the pages it leads to and its external links.</summary>
/// <param name="Problems">The problems with the page's links.</param>
/// <param name="Reached">The pages its <c>a</c> and <c>area</c> links lead to, relative to the output folder.</param>
/// <param name="External">Each external link with the place it was found.</param>
internal sealed record PageLinks(IReadOnlyList<LinkProblem> Problems, IReadOnlyList<string> Reached, IReadOnlyList<(string Url, FoundLink Link)> External);
