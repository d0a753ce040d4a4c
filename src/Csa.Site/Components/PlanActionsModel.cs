namespace Csa.Site.Components;

/// <summary>Feeds <c>components/plan-actions.html</c>: "What we will do" for one priority.</summary>
/// <param name="HeadingId">The heading's id (<c>what-we-will-do</c>).</param>
/// <param name="HeadingLevel">The heading's level, 2 on a priority page and 3 inside the overview.</param>
/// <param name="PriorityTitle">The priority's title.</param>
/// <param name="Actions">The actions, in table order.</param>
/// <param name="DataUrl">The URL of the actions table's CSV download.</param>
public sealed record PlanActionsModel(string HeadingId, int HeadingLevel, string PriorityTitle, IReadOnlyList<PlanActionModel> Actions, string DataUrl)
{
    /// <summary>Gets the plan's latest period, when its tables hold several periods.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the date the latest period's progress was updated, in words (<c>1 April 2022</c>), if the descriptor gives one.</summary>
    public string? Updated { get; init; }
}
