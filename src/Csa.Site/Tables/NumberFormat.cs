using System.Globalization;

namespace Csa.Site.Tables;

/// <summary>Formats figures for people: thousands separators and a fixed number of decimals.</summary>
public static class NumberFormat
{
    /// <summary>Formats a number: <c>Format(103965, 0)</c> → <c>103,965</c>; <c>Format(2, 1)</c> → <c>2.0</c>.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The number of decimals.</param>
    /// <returns>The text.</returns>
    public static string Format(double value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), CultureInfo.InvariantCulture);

    /// <summary>Counts the decimals written in a number's text: <c>21.70</c> → 2, <c>2250</c> → 0; a cell that is not a
    /// number (a missing-value marker such as <c>..</c>) has none, so it never changes how a column's figures are printed.</summary>
    /// <param name="raw">The number as written.</param>
    /// <returns>The count.</returns>
    public static int DecimalsOf(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return 0;
        }

        var end = raw.IndexOfAny(['e', 'E'], dot);
        return (end < 0 ? raw.Length : end) - dot - 1;
    }

    /// <summary>Formats a cell as written in the data, with thousands separators but the decimals it was given: <c>103965</c> → <c>103,965</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="raw">The cell text.</param>
    /// <param name="value">The typed value.</param>
    /// <param name="decimals">Decimals to use; those written when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Cell(TableField field, string raw, object? value, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        return value switch
        {
            double d => Format(d, decimals ?? DecimalsOf(raw)),
            long l when field.Type == FieldType.Year => l.ToString(CultureInfo.InvariantCulture),
            long l => Format(l, decimals ?? 0),
            bool b => b ? "Yes" : "No",
            _ => raw,
        };
    }
}
