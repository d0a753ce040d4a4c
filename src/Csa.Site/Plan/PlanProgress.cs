namespace Csa.Site.Plan;

/// <summary>Holds the plan as it stood in one period, for a plan whose tables hold several periods.</summary>
/// <param name="Period">The period as written (<c>2020-21</c>).</param>
/// <param name="Actions">The actions as they stood then.</param>
/// <param name="Measures">The measures as they stood then.</param>
public sealed record PlanProgress(string Period, IReadOnlyList<PlanAction> Actions, IReadOnlyList<PlanMeasure> Measures);
