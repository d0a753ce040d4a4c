namespace Csa.Site.Statistics;

/// <summary>
/// Bands values as above average (&gt; mean + 1 SD) or significantly above average (&gt; mean + 2 SD),
/// as assessments' ward tables do; thresholds come from <see cref="BandOptions"/>.
/// </summary>
/// <remarks>
/// Comparisons are strict: a value exactly on a threshold stays in the lower band.
/// </remarks>
public static class Bands
{
    /// <summary>
    /// Computes the mean, standard deviation, thresholds, bands and z-scores of a set of values,
    /// for example [1, 2, 3, 4, 10] → mean 4, sample SD 3.536, bands [None, None, None, None, Above].
    /// </summary>
    /// <param name="values">The values present, at least two with a sample SD; NaN or infinity throws.</param>
    /// <param name="options">The thresholds; <see cref="BandOptions.Default"/> when null.</param>
    /// <returns>The summary, with bands and z-scores in the order of <paramref name="values"/>.</returns>
    /// <exception cref="ArgumentException">The values are empty, too few, or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options are inconsistent.</exception>
    public static BandSummary Summarise(IReadOnlyList<double> values, BandOptions? options = null)
    {
        options ??= BandOptions.Default;
        options.Validate();
        var mean = Spread.Mean(values);
        var sd = Spread.StandardDeviation(values, options.Kind);
        var above = mean + (options.AboveSds * sd);
        var significant = mean + (options.SignificantSds * sd);

        var copy = values.ToArray();
        var bands = new Band[copy.Length];
        var zScores = new double?[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            bands[i] = Classify(copy[i], above, significant);
            zScores[i] = Spread.ZScore(copy[i], mean, sd);
        }

        return new BandSummary(copy, mean, sd, above, significant, bands, zScores, options);
    }

    /// <summary>
    /// Classifies one value against thresholds already computed, for example 7 against (5, 9) → <see cref="Band.Above"/>.
    /// </summary>
    /// <param name="value">The value to classify.</param>
    /// <param name="aboveThreshold">The value to exceed for <see cref="Band.Above"/>.</param>
    /// <param name="significantThreshold">The value to exceed for <see cref="Band.Significant"/>; at least <paramref name="aboveThreshold"/>.</param>
    /// <returns><see cref="Band.Significant"/> when value &gt; significant threshold, else <see cref="Band.Above"/> when value &gt; above threshold, else <see cref="Band.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the thresholds are in the wrong order.</exception>
    public static Band Classify(double value, double aboveThreshold, double significantThreshold)
    {
        Guard.Finite(value);
        Guard.Finite(aboveThreshold);
        Guard.Finite(significantThreshold);
        if (significantThreshold < aboveThreshold)
        {
            throw new ArgumentOutOfRangeException(
                nameof(significantThreshold), significantThreshold, $"Must be at least the above threshold ({aboveThreshold}).");
        }

        if (value > significantThreshold)
        {
            return Band.Significant;
        }

        return value > aboveThreshold ? Band.Above : Band.None;
    }
}
