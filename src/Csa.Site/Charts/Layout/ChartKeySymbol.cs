namespace Csa.Site.Charts;

/// <summary>Names the small pictures in a chart's key.</summary>
public enum ChartKeySymbol
{
    /// <summary>A filled square in a bar's colour.</summary>
    Swatch,

    /// <summary>A short line in a reference line's pattern.</summary>
    Line,

    /// <summary>A short line with a series' marker shape.</summary>
    Series,

    /// <summary>A text marker, e.g. ▲.</summary>
    Glyph,
}
