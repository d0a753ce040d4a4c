namespace Csa.Site.Statistics;

/// <summary>
/// Chooses the denominator of a standard deviation.
/// </summary>
public enum StandardDeviationKind
{
    /// <summary>Divides by n − 1: the values are a sample (for example, this year's wards). The default everywhere.</summary>
    Sample,

    /// <summary>Divides by n: the values are the whole population of interest.</summary>
    Population,
}
