namespace Csa.Site.Components;

/// <summary>Describes one column header of a table component.</summary>
/// <param name="Title">The header text.</param>
/// <param name="Unit">The unit, shown in brackets after the title; <see langword="null"/> for none.</param>
/// <param name="Numeric">Whether the column holds numbers (right-aligned).</param>
public sealed record TableColumnModel(string Title, string? Unit, bool Numeric);
