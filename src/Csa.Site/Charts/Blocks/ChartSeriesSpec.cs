namespace Csa.Site.Charts;

/// <summary>Names one value field a chart draws, with the label its key and summary use.</summary>
/// <param name="Field">The field name in the table.</param>
/// <param name="Label">The label; the field's title when <see langword="null"/>.</param>
public sealed record ChartSeriesSpec(string Field, string? Label);
