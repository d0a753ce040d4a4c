namespace Csa.Site.Components;

/// <summary>Feeds <c>components/plan-measures.html</c>: "How we will know" for one priority.</summary>
/// <param name="HeadingId">The heading's id (<c>how-we-will-know</c>).</param>
/// <param name="HeadingLevel">The heading's level, 2 on a priority page and 3 inside the overview.</param>
/// <param name="PriorityTitle">The priority's title.</param>
/// <param name="Measures">The measures, in table order.</param>
/// <param name="DataUrl">The URL of the measures table's CSV download.</param>
public sealed record PlanMeasuresModel(string HeadingId, int HeadingLevel, string PriorityTitle, IReadOnlyList<PlanMeasureModel> Measures, string DataUrl);
