using MathNet.Numerics.Distributions;

namespace Csa.Site.Statistics;

/// <summary>
/// Computes confidence intervals for crude rates as PHE/OHID Fingertips does:
/// Byar's method for 10 or more observed, exact Poisson limits below 10.
/// </summary>
public static class ConfidenceIntervals
{
    /// <summary>Gets the observed count from which Byar's method is used instead of exact Poisson limits.</summary>
    public const double ByarThreshold = 10;

    /// <summary>
    /// Computes the rate and its confidence interval, for example 10 of 5,000 per 1,000 → 2.0 (0.957 to 3.678), Byar;
    /// 0 observed → lower limit 0, exact Poisson.
    /// </summary>
    /// <param name="observed">The observed count O; zero or more (usually a whole number).</param>
    /// <param name="population">The population n; greater than zero.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    /// <param name="per">The rate multiplier; <see cref="Rates.PerThousand"/> by default.</param>
    /// <returns>The rate with its lower and upper limits and the method used.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or the level is unknown.</exception>
    public static RateConfidenceInterval ForRate(
        double observed, double population, ConfidenceLevel level = ConfidenceLevel.NinetyFive, double per = Rates.PerThousand)
    {
        var rate = Rates.Rate(observed, population, per);
        var (lowerCount, upperCount, method) = observed >= ByarThreshold
            ? (ByarLower(observed, level), ByarUpper(observed, level), ConfidenceIntervalMethod.Byar)
            : (ExactLower(observed, level), ExactUpper(observed, level), ConfidenceIntervalMethod.ExactPoisson);
        return new RateConfidenceInterval(rate, lowerCount / population * per, upperCount / population * per, method, level);
    }

    /// <summary>Gets the two-sided z value for a level: 1.959964 (95%) or 3.090232 (99.8%).</summary>
    /// <param name="level">The confidence level.</param>
    /// <returns>The z value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is unknown.</exception>
    public static double Z(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.NinetyFive => 1.959964,
        ConfidenceLevel.NinetyNinePointEight => 3.090232,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown confidence level."),
    };

    /// <summary>Gets α, the probability outside the interval: 0.05 (95%) or 0.002 (99.8%).</summary>
    /// <param name="level">The confidence level.</param>
    /// <returns>The value of α.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is unknown.</exception>
    public static double Alpha(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.NinetyFive => 0.05,
        ConfidenceLevel.NinetyNinePointEight => 0.002,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown confidence level."),
    };

    /// <summary>Computes Byar's lower limit of a count: O·(1 − 1/(9O) − z/(3√O))³.</summary>
    /// <param name="observed">The observed count O, greater than zero.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The lower limit of the count.</returns>
    public static double ByarLower(double observed, ConfidenceLevel level)
    {
        Guard.Positive(observed);
        return observed * Math.Pow(1 - (1 / (9 * observed)) - (Z(level) / (3 * Math.Sqrt(observed))), 3);
    }

    /// <summary>Computes Byar's upper limit of a count: (O+1)·(1 − 1/(9(O+1)) + z/(3√(O+1)))³.</summary>
    /// <param name="observed">The observed count O, zero or more.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The upper limit of the count.</returns>
    public static double ByarUpper(double observed, ConfidenceLevel level)
    {
        Guard.NonNegative(observed);
        var next = observed + 1;
        return next * Math.Pow(1 - (1 / (9 * next)) + (Z(level) / (3 * Math.Sqrt(next))), 3);
    }

    /// <summary>Computes the exact Poisson lower limit of a count: χ²_{α/2}(2O) / 2, and 0 when O = 0.</summary>
    /// <param name="observed">The observed count O, zero or more.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The lower limit of the count.</returns>
    public static double ExactLower(double observed, ConfidenceLevel level)
    {
        Guard.NonNegative(observed);

        // A chi-squared distribution with 0 degrees of freedom is all at 0, so the limit is 0.
        return observed == 0 ? 0 : ChiSquared.InvCDF(2 * observed, Alpha(level) / 2) / 2;
    }

    /// <summary>Computes the exact Poisson upper limit of a count: χ²_{1−α/2}(2O + 2) / 2.</summary>
    /// <param name="observed">The observed count O, zero or more.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The upper limit of the count.</returns>
    public static double ExactUpper(double observed, ConfidenceLevel level)
    {
        Guard.NonNegative(observed);
        return ChiSquared.InvCDF((2 * observed) + 2, 1 - (Alpha(level) / 2)) / 2;
    }
}
