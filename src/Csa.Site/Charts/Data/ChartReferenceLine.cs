namespace Csa.Site.Charts;

/// <summary>Holds one reference line with its computed value.</summary>
/// <param name="Kind">What the line shows.</param>
/// <param name="Name">The name in the chart and key, e.g. <c>Mean</c>, <c>Mean + 1 SD</c>, <c>Staffordshire force area</c>.</param>
/// <param name="Value">The value the line is drawn at.</param>
public sealed record ChartReferenceLine(ChartReferenceKind Kind, string Name, double Value);
