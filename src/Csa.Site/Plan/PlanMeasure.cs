namespace Csa.Site.Plan;

/// <summary>Holds one measure of the plan: an indicator of the data with its baseline and, when there is one, a later figure.</summary>
/// <param name="Id">The measure's key.</param>
/// <param name="Priority">The heading it measures (a <see cref="PlanHeading.Id"/>).</param>
/// <param name="Indicator">The key of the indicator in the indicators table.</param>
/// <param name="Title">What is measured, in words.</param>
/// <param name="Unit">The unit, or <see langword="null"/>.</param>
/// <param name="Baseline">The baseline figure as written in the CSV (<c>21.7</c>).</param>
/// <param name="BaselinePeriod">The baseline's period, or <see langword="null"/> when the source does not state it.</param>
/// <param name="Latest">The latest figure as written, or <see langword="null"/> when no later period exists.</param>
/// <param name="LatestPeriod">The latest figure's period, or <see langword="null"/>.</param>
/// <param name="Direction">The direction the plan wants (<c>increase</c> or <c>decrease</c>), or <see langword="null"/> when it states none.</param>
/// <param name="Target">The target as written, or <see langword="null"/>.</param>
/// <param name="Notes">Notes, or <see langword="null"/>.</param>
public sealed record PlanMeasure(string Id, string Priority, string Indicator, string Title, string? Unit, string Baseline, string? BaselinePeriod, string? Latest, string? LatestPeriod, string? Direction, string? Target, string? Notes);
