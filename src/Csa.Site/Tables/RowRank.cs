using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Describes where one row stands in a column: its rank (1 = highest), how many rows share it, and words for it.</summary>
/// <param name="Rank">The competition rank: ties share the best rank (1, 2, 2, 4).</param>
/// <param name="Tied">How many rows have the same value, this one included.</param>
/// <param name="Of">How many rows have a value.</param>
public sealed record RowRank(int Rank, int Tied, int Of)
{
    /// <summary>Gets the rank for a table cell: <c>3 of 22</c>, or <c>joint 3 of 22</c> when tied.</summary>
    public string Position => (Tied > 1 ? "joint " : string.Empty) + $"{Rank} of {Of}";

    /// <summary>Gets the rank in words: <c>highest</c>, <c>2nd highest</c>, <c>joint 18th highest</c>, and <c>lowest</c> (or
    /// <c>joint lowest</c>) for the last, never "9th highest" of nine.</summary>
    public string Words => (Tied > 1 ? "joint " : string.Empty) + (Rank == 1 ? "highest" : IsLowest ? "lowest" : Ordinal(Rank) + " highest");

    // The last place: no row has a lower value (ties share the last place with it).
    private bool IsLowest => Of > 1 && Rank + Tied - 1 == Of;

    /// <summary>Ranks one row of a table by a numeric field.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row.</param>
    /// <param name="index">The field index.</param>
    /// <returns>The rank, or <see langword="null"/> when the row has no value.</returns>
    public static RowRank? For(DataTable table, DataRow row, int index)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Number(index) is not { } value)
        {
            return null;
        }

        var present = table.Rows.Select(r => r.Number(index)).OfType<double>().ToList();
        var ranks = Ranking.Rank(present);
        var position = present.IndexOf(value);
        return new RowRank(ranks[position], present.Count(v => v.Equals(value)), present.Count);
    }

    /// <summary>Writes a whole number as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd.</summary>
    /// <param name="n">The number.</param>
    /// <returns>The ordinal.</returns>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}
