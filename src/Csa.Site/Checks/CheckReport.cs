namespace Csa.Site.Checks;

/// <summary>Reports what a check of a built site found.</summary>
/// <param name="Problems">Every problem, each once, ordered by page, line and code.</param>
/// <param name="External">Every external link with the pages that have it, ordered by URL.</param>
/// <param name="Pages">The number of HTML pages checked.</param>
/// <param name="Files">The number of files in the site, pages included.</param>
/// <param name="Elapsed">The time the check took.</param>
public sealed record CheckReport(IReadOnlyList<LinkProblem> Problems, IReadOnlyList<ExternalLink> External, int Pages, int Files, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether no problem was found.</summary>
    public bool Succeeded => Problems.Count == 0;
}
