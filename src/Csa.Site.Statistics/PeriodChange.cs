namespace Csa.Site.Statistics;

/// <summary>
/// Holds the change between a previous and a current period (direction of travel).
/// </summary>
/// <param name="Previous">The value in the earlier period.</param>
/// <param name="Current">The value in the later period.</param>
/// <param name="Difference">The current value minus the previous value.</param>
/// <param name="PercentChange">The difference as a percentage of the previous value, or null when the previous value is 0 (undefined).</param>
/// <param name="Direction">The direction of travel; still defined when the previous value is 0.</param>
public sealed record PeriodChange(
    double Previous,
    double Current,
    double Difference,
    double? PercentChange,
    Direction Direction);
