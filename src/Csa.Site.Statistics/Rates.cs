namespace Csa.Site.Statistics;

/// <summary>
/// Computes crude rates such as "offences per 1,000 residents".
/// </summary>
public static class Rates
{
    /// <summary>Gets the multiplier for a rate per 1,000 people, the default.</summary>
    public const double PerThousand = 1_000;

    /// <summary>Gets the multiplier for a rate per 10,000 people.</summary>
    public const double PerTenThousand = 10_000;

    /// <summary>
    /// Computes <c>count / population × per</c>, for example 260 of 103,965 people → 2.5 per 1,000.
    /// </summary>
    /// <param name="count">The number of events or people; zero or more.</param>
    /// <param name="population">The population at risk; greater than zero.</param>
    /// <param name="per">The multiplier: <see cref="PerThousand"/> (the default), <see cref="PerTenThousand"/> or any positive number.</param>
    /// <returns>The rate per <paramref name="per"/> people.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, zero where it must be positive, NaN or infinite.</exception>
    public static double Rate(double count, double population, double per = PerThousand)
    {
        Guard.NonNegative(count);
        Guard.Positive(population);
        Guard.Positive(per);
        return count / population * per;
    }
}
