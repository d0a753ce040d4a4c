using System.Collections.Concurrent;
using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Holds the typefaces chart text is measured and rasterised with, loaded once per font file from the theme.</summary>
/// <remarks>Skia has no fonts of its own here: without a typeface, text would be measured as zero wide and vanish from PNGs.
/// Liberation Sans has Arial's metrics, so browsers that fall back to Arial lay text out in the room measured here.</remarks>
public sealed class ChartFonts
{
    /// <summary>Gets the regular font's path inside a theme.</summary>
    public const string RegularFile = "fonts/LiberationSans-Regular.ttf";

    /// <summary>Gets the bold font's path inside a theme.</summary>
    public const string BoldFile = "fonts/LiberationSans-Bold.ttf";

    /// <summary>Gets the <c>font-family</c> written into chart SVGs: the measured font first, then metric-compatible fallbacks.</summary>
    public const string FamilyStack = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private static readonly ConcurrentDictionary<string, ChartFonts> _loaded = new(StringComparer.Ordinal);

    private ChartFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
        using var font = new SKFont(regular, 1000);
        font.GetFontMetrics(out var metrics);
        AscentRatio = -metrics.Ascent / 1000;
        DescentRatio = metrics.Descent / 1000;
    }

    /// <summary>Gets the regular typeface.</summary>
    internal SKTypeface Regular { get; }

    /// <summary>Gets the bold typeface.</summary>
    internal SKTypeface Bold { get; }

    /// <summary>Gets the height above the baseline of the tallest glyphs, per pixel of font size.</summary>
    public float AscentRatio { get; }

    /// <summary>Gets the depth below the baseline of the lowest glyphs, per pixel of font size.</summary>
    public float DescentRatio { get; }

    /// <summary>Loads the fonts of a theme, or returns those already loaded from the same unchanged files.</summary>
    /// <param name="themeDirectory">The theme folder.</param>
    /// <returns>The fonts, or <see langword="null"/> when the theme lacks a font file or it cannot be read.</returns>
    public static ChartFonts? Load(string themeDirectory)
    {
        ArgumentNullException.ThrowIfNull(themeDirectory);
        var regular = new FileInfo(Path.Combine(themeDirectory, RegularFile));
        var bold = new FileInfo(Path.Combine(themeDirectory, BoldFile));
        if (!regular.Exists || !bold.Exists)
        {
            return null;
        }

        var key = string.Join('|', regular.FullName, regular.Length, regular.LastWriteTimeUtc.Ticks, bold.FullName, bold.Length, bold.LastWriteTimeUtc.Ticks);
        if (_loaded.TryGetValue(key, out var fonts))
        {
            return fonts;
        }

        var regularFace = SKTypeface.FromFile(regular.FullName);
        var boldFace = SKTypeface.FromFile(bold.FullName);
        if (regularFace is null || boldFace is null)
        {
            return null;
        }

        return _loaded.GetOrAdd(key, _ => new ChartFonts(regularFace, boldFace));
    }

    /// <summary>Creates a text measurer for one thread's work.</summary>
    /// <returns>A measurer; dispose it when done.</returns>
    public ChartTextMeasurer CreateMeasurer() => new(this);
}
