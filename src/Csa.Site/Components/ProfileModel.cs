namespace Csa.Site.Components;

/// <summary>Feeds <c>components/profile.html</c>: one row of a table against all its rows, measure by measure.</summary>
/// <param name="Id">The table's id, unique on its page.</param>
/// <param name="Caption">The caption.</param>
/// <param name="RowName">The row's key, e.g. <c>Stowe</c>, the header of the value column.</param>
/// <param name="RowLabel">What the rows are, plural, e.g. <c>wards</c>.</param>
/// <param name="Rows">One row per numeric measure.</param>
/// <param name="Key">What the markers and codes mean.</param>
public sealed record ProfileModel(string Id, string Caption, string RowName, string RowLabel, IReadOnlyList<ProfileRowModel> Rows, BandKeyModel Key);
