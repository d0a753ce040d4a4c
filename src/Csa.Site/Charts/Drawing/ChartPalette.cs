namespace Csa.Site.Charts;

/// <summary>Lists the chart colours: the Analysis Function's categorical palette, whose first colours stay apart for
/// common colour-vision deficiencies, and the theme's text colours.</summary>
/// <remarks>Against the white background: dark blue 10.3:1, orange 3.0:1, turquoise 3.2:1, dark pink 9.8:1, text 19.6:1,
/// secondary text 7.1:1; dark blue against orange 3.4:1. Tests check every mark is at least 3:1 against the background.
/// Colour is never the only carrier: highlights are bold, bands have ▲ markers, series have shapes and positions.</remarks>
public static class ChartPalette
{
    /// <summary>Gets the background, white.</summary>
    public static ChartColor Background { get; } = ChartColor.FromHex("#FFFFFF");

    /// <summary>Gets the text colour, the theme's near-black.</summary>
    public static ChartColor Text { get; } = ChartColor.FromHex("#0B0C0C");

    /// <summary>Gets the secondary text colour for ticks and notes.</summary>
    public static ChartColor SecondaryText { get; } = ChartColor.FromHex("#505A5F");

    /// <summary>Gets the colour of gridlines, which are decoration: every value is also labelled.</summary>
    public static ChartColor Gridline { get; } = ChartColor.FromHex("#D6D8D9");

    /// <summary>Gets the main series colour, dark blue.</summary>
    public static ChartColor Primary { get; } = ChartColor.FromHex("#12436D");

    /// <summary>Gets the second series and highlight colour, orange.</summary>
    public static ChartColor Secondary { get; } = ChartColor.FromHex("#F46A25");

    /// <summary>Gets the series colours in order; each is at least 3:1 against the background.</summary>
    public static IReadOnlyList<ChartColor> Series { get; } =
    [
        Primary,
        Secondary,
        ChartColor.FromHex("#28A197"),
        ChartColor.FromHex("#801650"),
        ChartColor.FromHex("#3D3D3D"),
        ChartColor.FromHex("#A285D1"),
    ];

    /// <summary>Returns the colour of a series, cycling through <see cref="Series"/>.</summary>
    /// <param name="index">The series index.</param>
    /// <returns>The colour.</returns>
    public static ChartColor ForSeries(int index) => Series[index % Series.Count];
}
