namespace Csa.Site.Plan;

/// <summary>Describes one heading the plan's rows may name in their <c>priority</c> column: a priority or another theme.</summary>
/// <param name="Id">The id the rows name (<c>asb</c>).</param>
/// <param name="Title">The title residents read.</param>
/// <param name="Page">The site-relative URL of the page that describes it (<c>/priorities/asb/</c>), or <see langword="null"/>.</param>
public sealed record PlanHeading(string Id, string Title, string? Page)
{
    /// <summary>Gets the 1-based line of its entry under <c>plan: headings:</c> in the descriptor, or 0 for a heading the priorities table adds.</summary>
    public int Line { get; init; }
}
