namespace Csa.Site.Statistics;

/// <summary>
/// Configures the thresholds of <see cref="Bands"/>; the defaults are the usual ward-table bands
/// (above = mean + 1 SD, significantly above = mean + 2 SD, sample SD).
/// </summary>
public sealed record BandOptions
{
    /// <summary>Gets the shared default options: 1 SD, 2 SD, sample standard deviation.</summary>
    public static BandOptions Default { get; } = new();

    /// <summary>Gets the number of standard deviations above the mean that a value must exceed to be <see cref="Band.Above"/>. Default 1.</summary>
    public double AboveSds { get; init; } = 1;

    /// <summary>Gets the number of standard deviations above the mean that a value must exceed to be <see cref="Band.Significant"/>. Default 2.</summary>
    public double SignificantSds { get; init; } = 2;

    /// <summary>Gets the denominator of the standard deviation. Default <see cref="StandardDeviationKind.Sample"/> (n − 1).</summary>
    public StandardDeviationKind Kind { get; init; } = StandardDeviationKind.Sample;

    /// <summary>Throws when the thresholds are not finite, are negative, or put "significant" below "above".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are inconsistent.</exception>
    public void Validate()
    {
        Guard.NonNegative(AboveSds);
        Guard.NonNegative(SignificantSds);
        if (SignificantSds < AboveSds)
        {
            throw new ArgumentOutOfRangeException(
                nameof(SignificantSds), SignificantSds, $"{nameof(SignificantSds)} must be at least {nameof(AboveSds)} ({AboveSds}).");
        }

        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown standard deviation kind.");
        }
    }
}
