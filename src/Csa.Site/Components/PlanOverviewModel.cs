namespace Csa.Site.Components;

/// <summary>Feeds <c>components/plan-overview.html</c>: every priority with its count of actions by status, then each priority's actions and measures.</summary>
/// <param name="Statuses">The statuses, in the order the counts follow.</param>
/// <param name="Rows">One per priority or heading, in plan order.</param>
/// <param name="Totals">The number of actions with each status, over the whole plan.</param>
/// <param name="Total">The number of actions in the plan.</param>
/// <param name="Downloads">The plan's tables as downloads.</param>
public sealed record PlanOverviewModel(IReadOnlyList<PlanStatusModel> Statuses, IReadOnlyList<PlanOverviewRowModel> Rows, IReadOnlyList<int> Totals, int Total, IReadOnlyList<DownloadsModel> Downloads)
{
    /// <summary>Gets the plan's latest period, when its tables hold several periods.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the date the latest period's progress was updated, in words, if the descriptor gives one.</summary>
    public string? Updated { get; init; }
}
