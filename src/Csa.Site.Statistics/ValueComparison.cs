namespace Csa.Site.Statistics;

/// <summary>
/// Holds a value compared with a comparator, such as a local rate against the force-area rate.
/// </summary>
/// <param name="Value">The value being compared (for example, the local rate).</param>
/// <param name="Comparator">The value it is compared with (for example, the force-area rate).</param>
/// <param name="Difference">The value minus the comparator.</param>
/// <param name="Ratio">The value divided by the comparator, or null when the comparator is 0.</param>
/// <param name="PercentDifference">The difference as a percentage of the comparator, or null when the comparator is 0.</param>
/// <param name="Level">The plain-words level: lower, similar or higher.</param>
public sealed record ValueComparison(
    double Value,
    double Comparator,
    double Difference,
    double? Ratio,
    double? PercentDifference,
    RelativeLevel Level)
{
    /// <summary>Gets the words for <see cref="Level"/>: "lower than", "about the same as" or "higher than".</summary>
    public string Wording => Comparisons.Describe(Level);
}
