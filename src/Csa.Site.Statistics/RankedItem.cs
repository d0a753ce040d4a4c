namespace Csa.Site.Statistics;

/// <summary>
/// Holds an item chosen by <see cref="Ranking.Top"/> with its value, rank and original position.
/// </summary>
/// <typeparam name="T">The type of the item, such as a ward row.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Value">The value the item was ranked by.</param>
/// <param name="Rank">The competition rank (1, 2, 2, 4): tied items share the best rank.</param>
/// <param name="Index">The zero-based position of the item in the input.</param>
public sealed record RankedItem<T>(T Item, double Value, int Rank, int Index);
