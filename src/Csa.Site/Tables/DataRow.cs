namespace Csa.Site.Tables;

/// <summary>Holds one row of a table: each cell's text as written and its typed value.</summary>
/// <param name="Line">The 1-based line of the row in its CSV file.</param>
/// <param name="Raw">The cell texts as written, in field order.</param>
/// <param name="Values">The typed values (<see cref="string"/>, <see cref="double"/>, <see cref="long"/>, <see cref="bool"/>, <see cref="DateOnly"/>), <see langword="null"/> where missing.</param>
public sealed record DataRow(int Line, IReadOnlyList<string> Raw, IReadOnlyList<object?> Values)
{
    /// <summary>Returns the typed value of a cell as a number, or <see langword="null"/> when missing or not numeric.</summary>
    /// <param name="index">The field index.</param>
    /// <returns>The number.</returns>
    public double? Number(int index) => Values[index] switch
    {
        double d => d,
        long l => l,
        _ => null,
    };
}
