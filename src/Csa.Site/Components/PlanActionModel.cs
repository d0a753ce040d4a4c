namespace Csa.Site.Components;

/// <summary>Feeds one action in <c>components/plan-actions.html</c>.</summary>
/// <param name="Id">The action's key, for its element id.</param>
/// <param name="Text">What the partnership will do.</param>
/// <param name="Lead">The lead organisation, or the words for "to be agreed".</param>
/// <param name="LeadAgreed">Whether a lead is given.</param>
/// <param name="Partners">Who works with the lead, or <see langword="null"/>.</param>
/// <param name="Timing">When, in words (<c>1 April 2020 to 31 March 2021</c>), or the words for "to be agreed".</param>
/// <param name="TimingAgreed">Whether a start or due date is given.</param>
/// <param name="Status">The status in words with a capital (<c>On track</c>).</param>
/// <param name="StatusSlug">The status for class names (<c>on-track</c>).</param>
/// <param name="StatusIcon">The symbol shown before the words (<c>▶</c>).</param>
/// <param name="Measure">The title of the measure it serves, or <see langword="null"/>.</param>
/// <param name="Notes">Notes, or <see langword="null"/>.</param>
public sealed record PlanActionModel(string Id, string Text, string Lead, bool LeadAgreed, string? Partners, string Timing, bool TimingAgreed, string Status, string StatusSlug, string StatusIcon, string? Measure, string? Notes)
{
    /// <summary>Gets the period before the plan's latest, when its tables hold several periods.</summary>
    public string? BeforePeriod { get; init; }

    /// <summary>Gets how the action changed since <see cref="BeforePeriod"/>: <c>moved from</c> (then <see cref="ProgressStatus"/>), <c>no change</c> or <c>new in 2021-22</c>.</summary>
    public string? Progress { get; init; }

    /// <summary>Gets the status the action moved from, in words, or <see langword="null"/>.</summary>
    public string? ProgressStatus { get; init; }

    /// <summary>Gets the symbol of the status the action moved from, or <see langword="null"/>.</summary>
    public string? ProgressIcon { get; init; }
}
