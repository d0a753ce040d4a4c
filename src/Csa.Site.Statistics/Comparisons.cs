namespace Csa.Site.Statistics;

/// <summary>
/// Compares a value with a comparator (difference, ratio, percent difference) and words the result for residents.
/// </summary>
/// <remarks>
/// These comparisons are descriptive only. For "significantly higher/lower" use <see cref="SignificanceComparisons"/>,
/// which tests the comparator against a confidence interval.
/// </remarks>
public static class Comparisons
{
    /// <summary>
    /// Compares <paramref name="value"/> with <paramref name="comparator"/>,
    /// for example 3.8 against 3.3 → difference 0.5, ratio 1.152, +15.2%, <see cref="RelativeLevel.Higher"/>.
    /// </summary>
    /// <param name="value">The value being compared.</param>
    /// <param name="comparator">The value it is compared with.</param>
    /// <param name="relativeTolerance">
    /// The largest difference, as a fraction of the comparator, still called <see cref="RelativeLevel.Similar"/>
    /// (0.05 = within 5%). Default 0: only exact equality is similar.
    /// </param>
    /// <returns>The comparison; ratio and percent difference are null when the comparator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the tolerance is negative.</exception>
    public static ValueComparison Compare(double value, double comparator, double relativeTolerance = 0)
    {
        var level = Classify(value, comparator, relativeTolerance);
        var difference = value - comparator;
        double? ratio = comparator == 0 ? null : value / comparator;
        double? percent = comparator == 0 ? null : difference / Math.Abs(comparator) * 100;
        return new ValueComparison(value, comparator, difference, ratio, percent, level);
    }

    /// <summary>
    /// Classifies <paramref name="value"/> against <paramref name="comparator"/>, for example 3.9 against 4.0
    /// with tolerance 0.05 → <see cref="RelativeLevel.Similar"/>.
    /// </summary>
    /// <param name="value">The value being compared.</param>
    /// <param name="comparator">The value it is compared with.</param>
    /// <param name="relativeTolerance">The similar band as a fraction of |comparator|; default 0 (exact equality only).</param>
    /// <returns><see cref="RelativeLevel.Similar"/> when |value − comparator| ≤ tolerance × |comparator|, otherwise lower or higher.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the tolerance is negative.</exception>
    public static RelativeLevel Classify(double value, double comparator, double relativeTolerance = 0)
    {
        Guard.Finite(value);
        Guard.Finite(comparator);
        Guard.NonNegative(relativeTolerance);
        var difference = value - comparator;
        if (Math.Abs(difference) <= relativeTolerance * Math.Abs(comparator))
        {
            return RelativeLevel.Similar;
        }

        return difference < 0 ? RelativeLevel.Lower : RelativeLevel.Higher;
    }

    /// <summary>
    /// Words a level for residents, for example <see cref="RelativeLevel.Lower"/> → "lower than"
    /// (as in "the local rate is lower than the force rate").
    /// </summary>
    /// <param name="level">The level to word.</param>
    /// <returns>"lower than", "about the same as" or "higher than".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not a defined value.</exception>
    public static string Describe(RelativeLevel level) => level switch
    {
        RelativeLevel.Lower => "lower than",
        RelativeLevel.Similar => "about the same as",
        RelativeLevel.Higher => "higher than",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown relative level."),
    };
}
