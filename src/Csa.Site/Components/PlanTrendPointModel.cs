namespace Csa.Site.Components;

/// <summary>One figure of a <see cref="PlanTrendModel"/>.</summary>
/// <param name="Period">The figure's period.</param>
/// <param name="Value">The figure as written.</param>
/// <param name="X">The point's x in the drawing, written invariantly.</param>
/// <param name="Y">The point's y in the drawing, written invariantly.</param>
public sealed record PlanTrendPointModel(string Period, string Value, string X, string Y);
