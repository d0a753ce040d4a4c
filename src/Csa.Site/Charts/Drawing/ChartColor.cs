using System.Globalization;

namespace Csa.Site.Charts;

/// <summary>Holds an sRGB colour and computes WCAG relative luminance and contrast ratios.</summary>
/// <param name="R">Red, 0–255.</param>
/// <param name="G">Green, 0–255.</param>
/// <param name="B">Blue, 0–255.</param>
public readonly record struct ChartColor(byte R, byte G, byte B)
{
    /// <summary>Gets the colour as <c>#RRGGBB</c>.</summary>
    public string Hex => $"#{R:X2}{G:X2}{B:X2}";

    /// <summary>Parses <c>#RRGGBB</c>: <c>FromHex("#12436D")</c> → (18, 67, 109).</summary>
    /// <param name="hex">The colour.</param>
    /// <returns>The colour.</returns>
    /// <exception cref="FormatException">The text is not <c>#RRGGBB</c>.</exception>
    public static ChartColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB colour");
        }

        return new ChartColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>Returns the WCAG 2 relative luminance, 0 (black) to 1 (white).</summary>
    /// <returns>The luminance.</returns>
    public double RelativeLuminance() => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>Returns the WCAG 2 contrast ratio with another colour, 1 to 21: #12436D on white → 10.25.</summary>
    /// <param name="other">The other colour.</param>
    /// <returns>The ratio.</returns>
    public double ContrastWith(ChartColor other)
    {
        var (a, b) = (RelativeLuminance(), other.RelativeLuminance());
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <inheritdoc/>
    public override string ToString() => Hex;

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
