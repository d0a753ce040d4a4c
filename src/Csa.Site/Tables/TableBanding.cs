using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Bands a table's numeric columns: each value above its column's mean + 1 SD or mean + 2 SD.</summary>
/// <remarks>The one place bands are computed: tables, profiles, band summaries and charts all band through <see cref="Of"/>.</remarks>
public static class TableBanding
{
    /// <summary>Computes the band summary of one numeric column over the given rows (missing cells left out).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="index">The field index.</param>
    /// <param name="options">The thresholds and SD kind.</param>
    /// <returns>The summary, and for each row its band (<see cref="Band.None"/> when missing); <see langword="null"/> with fewer than two values.</returns>
    public static (BandSummary Summary, IReadOnlyList<Band> Bands)? Column(IReadOnlyList<DataRow> rows, int index, BandOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Of([.. rows.Select(r => r.Number(index))], options);
    }

    /// <summary>Computes the band summary of a list of values (missing ones left out) and the band of each.</summary>
    /// <param name="values">The values, <see langword="null"/> where missing.</param>
    /// <param name="options">The thresholds and SD kind.</param>
    /// <returns>The summary, and for each value its band (<see cref="Band.None"/> when missing); <see langword="null"/> with fewer than two values.</returns>
    public static (BandSummary Summary, IReadOnlyList<Band> Bands)? Of(IReadOnlyList<double?> values, BandOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.OfType<double>().ToList();
        if (present.Count < 2)
        {
            return null;
        }

        var summary = Statistics.Bands.Summarise(present, options);
        var bands = values.Select(v => v is { } value ? Statistics.Bands.Classify(value, summary.AboveThreshold, summary.SignificantThreshold) : Band.None).ToList();
        return (summary, bands);
    }

    /// <summary>Returns the word the site uses for a band: <c>above average</c> or <c>well above average</c>.</summary>
    /// <remarks>Some reports call the 2-SD band "significantly above average"; the site says "well above
    /// average" because the band is descriptive, not a test of statistical significance.</remarks>
    /// <param name="band">The band.</param>
    /// <returns>The words, or an empty string for <see cref="Band.None"/>.</returns>
    public static string Words(Band band) => band switch
    {
        Band.Above => "above average",
        Band.Significant => "well above average",
        _ => string.Empty,
    };

    /// <summary>Returns the <c>data-band</c> attribute value: <c>above</c> or <c>significant</c>.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The value, or <see langword="null"/> for <see cref="Band.None"/>.</returns>
    public static string? Attribute(Band band) => band switch
    {
        Band.Above => "above",
        Band.Significant => "significant",
        _ => null,
    };

    /// <summary>Returns the visible marker of a band: one or two triangles.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The marker text.</returns>
    public static string Marker(Band band) => band switch
    {
        Band.Above => "▲",
        Band.Significant => "▲▲",
        _ => string.Empty,
    };
}
