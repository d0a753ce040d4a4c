namespace Csa.Site.Components;

/// <summary>Feeds one measure in <c>components/plan-measures.html</c>.</summary>
/// <param name="Title">What is measured.</param>
/// <param name="Unit">The unit, or <see langword="null"/>.</param>
/// <param name="Baseline">The baseline figure, formatted (<c>2,250</c>).</param>
/// <param name="BaselinePeriod">The baseline's period, or the words for "not stated".</param>
/// <param name="Latest">The latest figure, formatted, or <see langword="null"/> when no later period exists.</param>
/// <param name="LatestPeriod">The latest figure's period, or <see langword="null"/>.</param>
/// <param name="Change">The change from the baseline in words (<c>down 2.2 (10% lower)</c>), or <see langword="null"/>.</param>
/// <param name="Aim">What the plan aims for in words (<c>a decrease, to 18.0</c>), or <see langword="null"/> when it states none.</param>
/// <param name="OnCourse">Whether the change goes the way the plan aims, in words, or <see langword="null"/>.</param>
/// <param name="Notes">Notes, or <see langword="null"/>.</param>
public sealed record PlanMeasureModel(string Title, string? Unit, string Baseline, string BaselinePeriod, string? Latest, string? LatestPeriod, string? Change, string? Aim, string? OnCourse, string? Notes)
{
    /// <summary>Gets the measure's trend when the baseline and later periods give three or more figures, else <see langword="null"/>.</summary>
    public PlanTrendModel? Trend { get; init; }
}
