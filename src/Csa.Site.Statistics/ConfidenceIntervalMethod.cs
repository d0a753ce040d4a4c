namespace Csa.Site.Statistics;

/// <summary>
/// Names the method that produced a <see cref="RateConfidenceInterval"/>.
/// </summary>
public enum ConfidenceIntervalMethod
{
    /// <summary>Marks Byar's approximation, used for observed counts of 10 or more.</summary>
    Byar,

    /// <summary>Marks the exact Poisson (chi-squared) limits, used for observed counts below 10.</summary>
    ExactPoisson,
}
