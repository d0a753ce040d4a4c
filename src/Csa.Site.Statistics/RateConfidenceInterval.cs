namespace Csa.Site.Statistics;

/// <summary>
/// Holds a crude rate with its confidence interval, all per the same multiplier.
/// </summary>
/// <param name="Rate">The rate: observed / population × per.</param>
/// <param name="Lower">The lower confidence limit of the rate; 0 when nothing was observed.</param>
/// <param name="Upper">The upper confidence limit of the rate.</param>
/// <param name="Method">The method used: Byar for 10 or more observed, exact Poisson below 10.</param>
/// <param name="Level">The confidence level of the limits.</param>
public sealed record RateConfidenceInterval(
    double Rate,
    double Lower,
    double Upper,
    ConfidenceIntervalMethod Method,
    ConfidenceLevel Level)
{
    /// <summary>Tells whether <paramref name="value"/> lies inside the interval, limits included.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns>True when Lower ≤ value ≤ Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
