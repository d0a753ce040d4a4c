namespace Csa.Site.Charts;

/// <summary>Describes one entry of a chart's key: a small picture and the words explaining it.</summary>
/// <param name="Symbol">The kind of picture.</param>
/// <param name="Text">The explanation.</param>
public sealed record ChartKeyItem(ChartKeySymbol Symbol, string Text)
{
    /// <summary>Gets the picture's colour.</summary>
    public ChartColor Color { get; init; } = ChartPalette.Text;

    /// <summary>Gets a line's dash pattern; solid when <see langword="null"/>.</summary>
    public IReadOnlyList<float>? Dash { get; init; }

    /// <summary>Gets a series' marker shape.</summary>
    public MarkerShape Shape { get; init; }

    /// <summary>Gets a glyph's text, e.g. <c>▲▲</c>.</summary>
    public string? Glyph { get; init; }
}
