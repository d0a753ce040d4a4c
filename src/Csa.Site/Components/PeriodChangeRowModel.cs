namespace Csa.Site.Components;

/// <summary>One row of <see cref="PeriodChangeModel"/>.</summary>
/// <param name="Name">What the row is (its key).</param>
/// <param name="From">The figure in the earlier period, formatted; the site's "not published" wording when missing.</param>
/// <param name="To">The figure in the later period, formatted.</param>
/// <param name="Direction"><c>up</c>, <c>down</c>, <c>same</c>, or <see langword="null"/> when there is nothing to compare.</param>
/// <param name="Symbol">▲, ▼, = or <see langword="null"/>: a symbol shown beside the words, never in place of them.</param>
/// <param name="Change">The change in words: <c>up 12.3 (7% higher)</c>, <c>no change</c>, or <c>no figure to compare</c>.</param>
public sealed record PeriodChangeRowModel(string Name, string From, string To, string? Direction, string? Symbol, string Change);
