namespace Csa.Site.Statistics;

/// <summary>
/// Ranks values with competition ranking (1, 2, 2, 4) and selects the top N.
/// </summary>
/// <remarks>
/// Ties are exact equality of values. NaN or infinity throws rather than being ranked silently.
/// </remarks>
public static class Ranking
{
    /// <summary>
    /// Ranks each value, for example [5, 9, 7, 9] → [4, 1, 3, 1] (descending: ties share the best rank, the next rank skips).
    /// </summary>
    /// <param name="values">The values to rank; may be empty.</param>
    /// <param name="order">Which end gets rank 1: <see cref="RankOrder.Descending"/> (highest first) by default.</param>
    /// <returns>The rank of each value, index for index with <paramref name="values"/>.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static IReadOnlyList<int> Rank(IReadOnlyList<double> values, RankOrder order = RankOrder.Descending)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        Guard.FiniteValues(values);
        if (!Enum.IsDefined(order))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown rank order.");
        }

        var sorted = Enumerable.Range(0, values.Count).ToArray();
        Array.Sort(sorted, (a, b) => order == RankOrder.Descending
            ? values[b].CompareTo(values[a])
            : values[a].CompareTo(values[b]));

        // Competition ranking: a value equal to the one before it shares that rank; otherwise its rank is its position.
        var ranks = new int[values.Count];
        for (var position = 0; position < sorted.Length; position++)
        {
            var index = sorted[position];
            ranks[index] = position > 0 && values[sorted[position - 1]] == values[index]
                ? ranks[sorted[position - 1]]
                : position + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Selects the first <paramref name="count"/> items by rank, ties kept in input order,
    /// for example top 2 of [5, 9, 7, 9] → the items at index 1 and 3, both rank 1.
    /// </summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items to choose from.</param>
    /// <param name="valueOf">Reads the value to rank an item by.</param>
    /// <param name="count">How many items to return, zero or more; fewer come back when there are fewer items.</param>
    /// <param name="order">Which end gets rank 1: <see cref="RankOrder.Descending"/> (highest first) by default.</param>
    /// <returns>At most <paramref name="count"/> items, sorted by rank and then by input position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static IReadOnlyList<RankedItem<T>> Top<T>(
        IReadOnlyList<T> items, Func<T, double> valueOf, int count, RankOrder order = RankOrder.Descending)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(valueOf);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var values = items.Select(valueOf).ToArray();
        var ranks = Rank(values, order);

        // OrderBy is a stable sort, so tied ranks keep their input order.
        return items
            .Select((item, index) => new RankedItem<T>(item, values[index], ranks[index], index))
            .OrderBy(ranked => ranked.Rank)
            .Take(count)
            .ToArray();
    }
}
