using System.Runtime.CompilerServices;

namespace Csa.Site.Statistics;

/// <summary>
/// Checks arguments and throws <see cref="ArgumentOutOfRangeException"/> with the offending value.
/// </summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not a finite number of zero or more.</summary>
    public static void NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number of zero or more.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not a finite number greater than zero.</summary>
    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number greater than zero.");
        }
    }

    /// <summary>Throws when the list is null, empty or holds a value that is NaN or infinite.</summary>
    public static void FiniteValues(IReadOnlyList<double> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0)
        {
            throw new ArgumentException("At least one value is required.", name);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value at index {i} is {values[i]}; every value must be a finite number.", name);
            }
        }
    }
}
