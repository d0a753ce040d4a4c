namespace Csa.Site.Tables;

/// <summary>Describes one column of a table, as a Table Schema field.</summary>
/// <param name="Name">The column name in the CSV header (lower_snake_case).</param>
/// <param name="Title">The human-readable column title shown in table headers.</param>
/// <param name="Type">The value type.</param>
/// <param name="Unit">The unit, e.g. <c>per 1,000 residents</c>, shown in the header; <see langword="null"/> when none.</param>
/// <param name="Description">A longer explanation, if any.</param>
/// <param name="Line">The 1-based line of the field in the descriptor, for diagnostics.</param>
public sealed record TableField(string Name, string Title, FieldType Type, string? Unit, string? Description, int Line)
{
    /// <summary>Gets a value indicating whether the field holds numbers.</summary>
    public bool IsNumeric => Type is FieldType.Number or FieldType.Integer or FieldType.Year;

    /// <summary>Returns the Frictionless type name of the field.</summary>
    /// <returns>e.g. <c>number</c>.</returns>
    public string TypeName => Type.ToString().ToLowerInvariant();
}
