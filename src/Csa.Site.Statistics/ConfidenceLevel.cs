namespace Csa.Site.Statistics;

/// <summary>
/// Chooses the confidence level of an interval, as Fingertips does.
/// </summary>
public enum ConfidenceLevel
{
    /// <summary>Selects a 95% interval (z = 1.959964, α = 0.05). The default.</summary>
    NinetyFive,

    /// <summary>Selects a 99.8% interval (z = 3.090232, α = 0.002).</summary>
    NinetyNinePointEight,
}
