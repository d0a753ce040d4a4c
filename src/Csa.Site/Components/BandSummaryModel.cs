namespace Csa.Site.Components;

/// <summary>Feeds <c>components/band-summary.html</c>: in words, which measures of one row are above the others.</summary>
/// <param name="RowName">The row's key, e.g. <c>Stowe</c>.</param>
/// <param name="RowLabel">What the rows are, plural, e.g. <c>wards</c>.</param>
/// <param name="WellAbove">The measures, lower case, in which the row is well above average.</param>
/// <param name="Above">The measures, lower case, in which the row is above average.</param>
/// <param name="MeasureCount">How many measures were compared.</param>
public sealed record BandSummaryModel(string RowName, string RowLabel, IReadOnlyList<string> WellAbove, IReadOnlyList<string> Above, int MeasureCount);
