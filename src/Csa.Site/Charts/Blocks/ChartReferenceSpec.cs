namespace Csa.Site.Charts;

/// <summary>Asks for one reference line: a statistic of the chart's values or a comparator value.</summary>
/// <param name="Kind">What the line shows.</param>
/// <param name="Label">The comparator's label (e.g. <c>Staffordshire force area</c>); <see langword="null"/> for statistics.</param>
/// <param name="Value">The comparator's value; <see langword="null"/> for statistics.</param>
public sealed record ChartReferenceSpec(ChartReferenceKind Kind, string? Label, double? Value);
