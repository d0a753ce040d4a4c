namespace Csa.Site.Statistics;

/// <summary>
/// Computes the mean, standard deviation and z-scores of a set of values.
/// </summary>
/// <remarks>
/// Callers pass only the values that are present: nothing is skipped, and NaN or infinity throws.
/// </remarks>
public static class Spread
{
    /// <summary>Computes the arithmetic mean, for example [2, 4, 6] → 4.</summary>
    /// <param name="values">One or more finite values.</param>
    /// <returns>The mean; exactly the common value when all values are equal.</returns>
    /// <exception cref="ArgumentException">The list is empty or holds NaN or infinity.</exception>
    public static double Mean(IReadOnlyList<double> values)
    {
        Guard.FiniteValues(values);

        // Averaging deviations from the first value keeps equal values exactly equal to their mean,
        // so a set with no spread has a standard deviation of exactly 0.
        var first = values[0];
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i] - first;
        }

        return first + (sum / values.Count);
    }

    /// <summary>
    /// Computes the standard deviation, for example [2, 4, 4, 4, 5, 5, 7, 9] → 2 (population) or 2.138 (sample).
    /// </summary>
    /// <param name="values">Finite values: at least two for <see cref="StandardDeviationKind.Sample"/>, one for <see cref="StandardDeviationKind.Population"/>.</param>
    /// <param name="kind">The denominator: <see cref="StandardDeviationKind.Sample"/> (n − 1) by default.</param>
    /// <returns>The standard deviation, zero or more.</returns>
    /// <exception cref="ArgumentException">The list is empty, too short for a sample, or holds NaN or infinity.</exception>
    public static double StandardDeviation(IReadOnlyList<double> values, StandardDeviationKind kind = StandardDeviationKind.Sample)
    {
        var mean = Mean(values);
        if (kind == StandardDeviationKind.Sample && values.Count < 2)
        {
            throw new ArgumentException("A sample standard deviation needs at least two values.", nameof(values));
        }

        var sumOfSquares = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var deviation = values[i] - mean;
            sumOfSquares += deviation * deviation;
        }

        var denominator = kind switch
        {
            StandardDeviationKind.Sample => values.Count - 1,
            StandardDeviationKind.Population => values.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown standard deviation kind."),
        };
        return Math.Sqrt(sumOfSquares / denominator);
    }

    /// <summary>Computes the z-score <c>(value − mean) / standardDeviation</c>, for example (9 − 5) / 2 → 2.</summary>
    /// <param name="value">The value to place.</param>
    /// <param name="mean">The mean of the set.</param>
    /// <param name="standardDeviation">The standard deviation of the set, zero or more.</param>
    /// <returns>The z-score, or <see langword="null"/> when the standard deviation is 0 (no spread, so no scale).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or the standard deviation is negative.</exception>
    public static double? ZScore(double value, double mean, double standardDeviation)
    {
        Guard.Finite(value);
        Guard.Finite(mean);
        Guard.NonNegative(standardDeviation);
        return standardDeviation == 0 ? null : (value - mean) / standardDeviation;
    }
}
