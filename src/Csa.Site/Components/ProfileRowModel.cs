namespace Csa.Site.Components;

/// <summary>Describes one measure of a profile: the row's value, the average, the band and the rank, all formatted.</summary>
/// <param name="Measure">The measure's title.</param>
/// <param name="Unit">The measure's unit when measures differ in unit; <see langword="null"/> when it is said once in the caption.</param>
/// <param name="Value">The row's value, or <c>[x]</c>.</param>
/// <param name="Mean">The average of all rows, or <c>[z]</c>.</param>
/// <param name="Band">The band for <c>data-band</c> (<c>above</c>, <c>significant</c>); <see langword="null"/> when not above average.</param>
/// <param name="Marker">The visible marker (<c>▲</c>, <c>▲▲</c>); <see langword="null"/> when not above average.</param>
/// <param name="Words">The comparison in words: <c>well above average</c>, <c>above average</c>, <c>not above average</c> or <c>[x]</c>.</param>
/// <param name="Rank">The rank, 1 = highest, or <c>[x]</c>.</param>
public sealed record ProfileRowModel(string Measure, string? Unit, string Value, string Mean, string? Band, string? Marker, string Words, string Rank);
