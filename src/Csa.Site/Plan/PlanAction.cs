namespace Csa.Site.Plan;

/// <summary>Holds one action of the plan, as read from the actions table.</summary>
/// <param name="Id">The action's key.</param>
/// <param name="Priority">The heading it serves (a <see cref="PlanHeading.Id"/>).</param>
/// <param name="Text">What the partnership will do, in plain words.</param>
/// <param name="Lead">The lead organisation, or <see langword="null"/> until agreed.</param>
/// <param name="Partners">Who works with the lead, or <see langword="null"/>.</param>
/// <param name="Start">When it starts, or <see langword="null"/> until agreed.</param>
/// <param name="Due">When it is due, or <see langword="null"/> until agreed.</param>
/// <param name="Status">Its status, one of <see cref="PlanStatus.All"/>.</param>
/// <param name="Measure">The id of the measure it serves, or <see langword="null"/>.</param>
/// <param name="Notes">Notes, or <see langword="null"/>.</param>
/// <param name="Line">Its 1-based line in the CSV.</param>
public sealed record PlanAction(string Id, string Priority, string Text, string? Lead, string? Partners, DateOnly? Start, DateOnly? Due, string Status, string? Measure, string? Notes, int Line);
