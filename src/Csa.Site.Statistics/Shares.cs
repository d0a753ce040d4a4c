namespace Csa.Site.Statistics;

/// <summary>
/// Computes shares of a total and disproportionality ratios.
/// </summary>
public static class Shares
{
    /// <summary>Computes <c>part / total</c>, for example 525 of 1,310 offenders → 0.4008.</summary>
    /// <param name="part">The part; zero or more and no more than <paramref name="total"/>.</param>
    /// <param name="total">The total; greater than zero.</param>
    /// <returns>The share as a fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, not finite, the total is 0, or the part exceeds the total.</exception>
    public static double Fraction(double part, double total)
    {
        Guard.NonNegative(part);
        Guard.Positive(total);
        if (part > total)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"The part must not exceed the total ({total}).");
        }

        return part / total;
    }

    /// <summary>Computes <c>part / total × 100</c>, for example 525 of 1,310 offenders → 40.08 (about 40%).</summary>
    /// <param name="part">The part; zero or more and no more than <paramref name="total"/>.</param>
    /// <param name="total">The total; greater than zero.</param>
    /// <returns>The share as a percentage from 0 to 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, not finite, the total is 0, or the part exceeds the total.</exception>
    public static double Percent(double part, double total) => Fraction(part, total) * 100;

    /// <summary>
    /// Computes the disproportionality ratio <c>share of victims / share of population</c>,
    /// for example 11% of victims from 5% of the population → 2.2 (1 = proportionate).
    /// </summary>
    /// <param name="shareOfVictims">The group's share of victims (or offences); zero or more.</param>
    /// <param name="shareOfPopulation">The group's share of the population, in the same unit (fraction or percent); greater than zero.</param>
    /// <returns>The ratio: above 1 means over-represented, below 1 under-represented.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is negative or not finite, or the population share is 0.</exception>
    public static double Disproportionality(double shareOfVictims, double shareOfPopulation)
    {
        Guard.NonNegative(shareOfVictims);
        Guard.Positive(shareOfPopulation);
        return shareOfVictims / shareOfPopulation;
    }

    /// <summary>
    /// Computes the disproportionality ratio from counts, for example 110 of 1,000 victims from
    /// 5,000 of 100,000 residents → 2.2.
    /// </summary>
    /// <param name="victims">The group's victims; zero or more and no more than <paramref name="totalVictims"/>.</param>
    /// <param name="totalVictims">All victims; greater than zero.</param>
    /// <param name="population">The group's population; greater than zero and no more than <paramref name="totalPopulation"/>.</param>
    /// <param name="totalPopulation">The whole population; greater than zero.</param>
    /// <returns>The ratio of the group's share of victims to its share of the population.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static double Disproportionality(double victims, double totalVictims, double population, double totalPopulation) =>
        Disproportionality(Fraction(victims, totalVictims), Fraction(population, totalPopulation));
}
