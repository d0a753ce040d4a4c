using Csa.Site.Statistics;

namespace Csa.Site.Charts;

/// <summary>Holds one category of a chart: its label and its value in each series.</summary>
/// <param name="Key">The row's primary key in the table.</param>
/// <param name="Label">The category label, as written in the category field.</param>
/// <param name="Values">The value of each series, <see langword="null"/> where the table has none.</param>
/// <param name="Highlighted">Whether the block asked to highlight this category.</param>
/// <param name="Band">The band of the first value against the requested thresholds; <see cref="Band.None"/> when no threshold was requested.</param>
public sealed record ChartRow(string Key, string Label, IReadOnlyList<double?> Values, bool Highlighted, Band Band);
