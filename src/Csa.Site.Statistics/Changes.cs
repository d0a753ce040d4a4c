namespace Csa.Site.Statistics;

/// <summary>
/// Computes the percentage change and direction of travel between two periods.
/// </summary>
/// <remarks>
/// Values are counts or rates, so they must be zero or more. A change from 0 has no percentage
/// (null), but still has a direction: 0 → 5 is <see cref="Direction.Up"/>, 0 → 0 is <see cref="Direction.NoChange"/>.
/// </remarks>
public static class Changes
{
    /// <summary>Computes the change from <paramref name="previous"/> to <paramref name="current"/>, for example 250 → 270 is +8%, up.</summary>
    /// <param name="previous">The value in the earlier period; zero or more.</param>
    /// <param name="current">The value in the later period; zero or more.</param>
    /// <returns>The difference, percent change (null when <paramref name="previous"/> is 0) and direction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static PeriodChange Between(double previous, double current) =>
        new(previous, current, current - previous, PercentChange(previous, current), DirectionOf(previous, current));

    /// <summary>Computes <c>(current − previous) / previous × 100</c>, for example 100 → 93 gives −7.</summary>
    /// <param name="previous">The value in the earlier period; zero or more.</param>
    /// <param name="current">The value in the later period; zero or more.</param>
    /// <returns>The percentage change, or null when <paramref name="previous"/> is 0, where it is undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static double? PercentChange(double previous, double current)
    {
        Guard.NonNegative(previous);
        Guard.NonNegative(current);
        return previous == 0 ? null : (current - previous) / previous * 100;
    }

    /// <summary>Gives the direction of travel, for example 12 → 12 is <see cref="Direction.NoChange"/>.</summary>
    /// <param name="previous">The value in the earlier period; zero or more.</param>
    /// <param name="current">The value in the later period; zero or more.</param>
    /// <returns><see cref="Direction.NoChange"/> only when the values are exactly equal; otherwise up or down.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static Direction DirectionOf(double previous, double current)
    {
        Guard.NonNegative(previous);
        Guard.NonNegative(current);
        if (current == previous)
        {
            return Direction.NoChange;
        }

        return current > previous ? Direction.Up : Direction.Down;
    }
}
