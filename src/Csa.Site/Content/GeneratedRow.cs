namespace Csa.Site.Content;

/// <summary>Records the table row a generated page was made from.</summary>
/// <param name="Table">The table name.</param>
/// <param name="Key">The row's primary key.</param>
/// <param name="Index">The row's position in the table, from 0.</param>
/// <param name="Values">The row's typed values by field name (<see langword="null"/> where missing).</param>
public sealed record GeneratedRow(string Table, string Key, int Index, IReadOnlyDictionary<string, object?> Values);
