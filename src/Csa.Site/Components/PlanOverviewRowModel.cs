namespace Csa.Site.Components;

/// <summary>Feeds one priority of <c>components/plan-overview.html</c>: its count of actions by status and its section below.</summary>
/// <param name="Id">The section's element id (<c>plan-asb</c>).</param>
/// <param name="Title">The priority's title.</param>
/// <param name="Page">The URL of the page about the priority, or <see langword="null"/>.</param>
/// <param name="Counts">The number of actions with each status, in the order of the overview's statuses.</param>
/// <param name="Total">The number of actions.</param>
/// <param name="Actions">The priority's actions.</param>
/// <param name="Measures">The priority's measures.</param>
public sealed record PlanOverviewRowModel(string Id, string Title, string? Page, IReadOnlyList<int> Counts, int Total, PlanActionsModel Actions, PlanMeasuresModel Measures);
