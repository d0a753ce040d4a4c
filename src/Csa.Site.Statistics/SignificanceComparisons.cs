namespace Csa.Site.Statistics;

/// <summary>
/// Compares an area's confidence interval with a comparator value, as Fingertips'
/// "single overlapping CIs for one CI level" method does (the comparator is treated as fixed).
/// </summary>
public static class SignificanceComparisons
{
    /// <summary>
    /// Compares an interval with a comparator, for example 2.0 (0.957 to 3.678) against 4.0 → <see cref="Significance.Lower"/>.
    /// </summary>
    /// <param name="interval">The area's interval, or null when it is missing (for example, suppressed).</param>
    /// <param name="comparator">The comparator value (for example, the force-area rate), or null when missing.</param>
    /// <returns>
    /// <see cref="Significance.Similar"/> when the comparator lies inside the interval (inclusive), <see cref="Significance.Higher"/>
    /// when it lies below the lower limit, <see cref="Significance.Lower"/> when it lies above the upper limit,
    /// and <see cref="Significance.NotCompared"/> when either is missing, not finite, or the limits are the wrong way round.
    /// </returns>
    public static Significance Compare(RateConfidenceInterval? interval, double? comparator) =>
        interval is null ? Significance.NotCompared : Compare(interval.Lower, interval.Upper, comparator);

    /// <summary>Compares interval limits with a comparator, for example (4, 6) against 6 → <see cref="Significance.Similar"/>.</summary>
    /// <param name="lower">The lower confidence limit, or null when missing.</param>
    /// <param name="upper">The upper confidence limit, or null when missing.</param>
    /// <param name="comparator">The comparator value, or null when missing.</param>
    /// <returns>The comparison; <see cref="Significance.NotCompared"/> when anything is missing or invalid.</returns>
    public static Significance Compare(double? lower, double? upper, double? comparator)
    {
        if (lower is not { } low || upper is not { } high || comparator is not { } value
            || !double.IsFinite(low) || !double.IsFinite(high) || !double.IsFinite(value) || low > high)
        {
            return Significance.NotCompared;
        }

        if (value < low)
        {
            return Significance.Higher;
        }

        return value > high ? Significance.Lower : Significance.Similar;
    }

    /// <summary>
    /// Words a result for residents, for example <see cref="Significance.Higher"/> → "significantly higher than"
    /// (as in "the ward rate is significantly higher than the force rate").
    /// </summary>
    /// <param name="significance">The result to word.</param>
    /// <returns>"significantly lower than", "similar to", "significantly higher than", or "not compared with" when not compared.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Describe(Significance significance) => significance switch
    {
        Significance.NotCompared => "not compared with",
        Significance.Lower => "significantly lower than",
        Significance.Similar => "similar to",
        Significance.Higher => "significantly higher than",
        _ => throw new ArgumentOutOfRangeException(nameof(significance), significance, "Unknown significance."),
    };
}
