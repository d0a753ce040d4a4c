namespace Csa.Site.Statistics;

/// <summary>
/// Holds the result of <see cref="Bands.Summarise"/>: the set's mean and spread, both thresholds,
/// and the band and z-score of each value, in the order the values were given.
/// </summary>
/// <param name="Values">The values, in the order given.</param>
/// <param name="Mean">The mean of the values.</param>
/// <param name="StandardDeviation">The standard deviation of the values, of the kind in <paramref name="Options"/>.</param>
/// <param name="AboveThreshold">The value that must be exceeded to be <see cref="Band.Above"/>: mean + AboveSds × SD.</param>
/// <param name="SignificantThreshold">The value that must be exceeded to be <see cref="Band.Significant"/>: mean + SignificantSds × SD.</param>
/// <param name="Bands">The band of each value, index for index with <paramref name="Values"/>.</param>
/// <param name="ZScores">The z-score of each value; every entry is null when the standard deviation is 0.</param>
/// <param name="Options">The options that produced the thresholds.</param>
public sealed record BandSummary(
    IReadOnlyList<double> Values,
    double Mean,
    double StandardDeviation,
    double AboveThreshold,
    double SignificantThreshold,
    IReadOnlyList<Band> Bands,
    IReadOnlyList<double?> ZScores,
    BandOptions Options);
