namespace Csa.Site.Statistics;

/// <summary>
/// Places a value against the mean and standard deviation of its set (threshold analysis).
/// </summary>
/// <remarks>
/// A band is descriptive: it says nothing about statistical significance, so word
/// <see cref="Significant"/> for residents as "well above average", never "significantly".
/// </remarks>
public enum Band
{
    /// <summary>Marks a value at or below the "above" threshold (mean + 1 SD by default).</summary>
    None,

    /// <summary>Marks a value strictly above mean + 1 SD (by default) but not above the "significant" threshold.</summary>
    Above,

    /// <summary>Marks a value strictly above mean + 2 SD (by default); some reports call this "significantly above average".</summary>
    Significant,
}
