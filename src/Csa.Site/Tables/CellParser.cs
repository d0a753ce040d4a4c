using System.Globalization;

namespace Csa.Site.Tables;

/// <summary>Parses a CSV cell by its Table Schema type, strictly: no thousands separators, no units, no percent signs.</summary>
public static class CellParser
{
    /// <summary>Parses a cell, returning <see langword="null"/> when it is not of the type.</summary>
    /// <param name="type">The field type.</param>
    /// <param name="text">The cell text (not a missing-value marker).</param>
    /// <returns>A <see cref="string"/>, <see cref="double"/>, <see cref="long"/>, <see cref="bool"/> or <see cref="DateOnly"/>, or <see langword="null"/>.</returns>
    public static object? Parse(FieldType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            FieldType.String => text,
            FieldType.Number => double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            FieldType.Integer or FieldType.Year => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            FieldType.Boolean => text switch { "true" => true, "false" => false, _ => null },
            FieldType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            _ => null,
        };
    }

    /// <summary>Describes what a valid value of a type looks like, for error messages.</summary>
    /// <param name="type">The field type.</param>
    /// <returns>e.g. <c>a number (like 21.7, with no commas or units)</c>.</returns>
    public static string Describe(FieldType type) => type switch
    {
        FieldType.Number => "a number (like 21.7, with no commas, units or % signs)",
        FieldType.Integer => "a whole number (like 2250, with no commas)",
        FieldType.Year => "a year (like 2019)",
        FieldType.Boolean => "true or false",
        FieldType.Date => "a date written YYYY-MM-DD",
        _ => "text",
    };
}
