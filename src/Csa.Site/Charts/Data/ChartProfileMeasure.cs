using Csa.Site.Statistics;

namespace Csa.Site.Charts;

/// <summary>Holds one measure of a profile chart: the row's value against the range, average and band thresholds of every row.</summary>
/// <param name="Label">The measure's title.</param>
/// <param name="Value">The row's value, or <see langword="null"/> where the table has none.</param>
/// <param name="Min">The lowest value of every row.</param>
/// <param name="Max">The highest value of every row.</param>
/// <param name="Bands">The average and the band thresholds over every row, as the tables compute them.</param>
/// <param name="Band">The row's band, as its table shows it.</param>
/// <param name="Decimals">The most decimals written in the field's cells.</param>
/// <param name="Rank">The row's rank in words (<c>highest</c>, <c>joint 3rd highest</c>), or <see langword="null"/> without a value.</param>
public sealed record ChartProfileMeasure(string Label, double? Value, double Min, double Max, BandSummary Bands, Band Band, int Decimals, string? Rank)
{
    /// <summary>Formats a number of this measure with its decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public string Format(double value) => Tables.NumberFormat.Format(value, Decimals);

    /// <summary>Gets the row's value as printed, with its band marker (<c>15.5 ▲▲</c>), or <c>[x]</c>.</summary>
    public string ValueText => Value is { } v
        ? Format(v) + (Band == Band.None ? string.Empty : " " + Tables.TableBanding.Marker(Band))
        : Tables.TableModelBuilder.MissingCode;
}
