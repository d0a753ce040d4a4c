using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Measures and wraps chart text with the theme's fonts, remembering widths already measured.</summary>
/// <remarks>Not thread-safe: each chart render uses its own measurer over the shared <see cref="ChartFonts"/>.</remarks>
public sealed class ChartTextMeasurer : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];

    /// <summary>Initializes a new instance of the <see cref="ChartTextMeasurer"/> class.</summary>
    /// <param name="fonts">The typefaces.</param>
    public ChartTextMeasurer(ChartFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        Fonts = fonts;
    }

    /// <summary>Gets the typefaces.</summary>
    public ChartFonts Fonts { get; }

    /// <summary>Returns the advance width of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="size">The font size.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The width in pixels.</returns>
    public float Width(string text, float size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_widths.TryGetValue((text, size, bold), out var width))
        {
            return width;
        }

        width = Font(size, bold).MeasureText(text);
        _widths[(text, size, bold)] = width;
        return width;
    }

    /// <summary>Returns the box a text mark takes: its measured width and the font's ascent and descent.</summary>
    /// <param name="mark">The text mark.</param>
    /// <returns>The box.</returns>
    public ChartBox Box(TextMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var width = Width(mark.Text, mark.Size, mark.Bold);
        var left = mark.Anchor switch
        {
            TextAnchor.Middle => mark.X - (width / 2),
            TextAnchor.End => mark.X - width,
            _ => mark.X,
        };
        return new ChartBox(left, mark.Y - (Fonts.AscentRatio * mark.Size), left + width, mark.Y + (Fonts.DescentRatio * mark.Size));
    }

    /// <summary>Breaks a text into lines no wider than a width, at spaces; a single word wider than the width keeps its own line.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxWidth">The width available.</param>
    /// <param name="size">The font size.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The lines, at least one.</returns>
    public IReadOnlyList<string> Wrap(string text, float maxWidth, float size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, size, bold) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    /// <summary>Returns the width of the widest word of a text, the least room it can wrap into.</summary>
    /// <param name="text">The text.</param>
    /// <param name="size">The font size.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The width.</returns>
    public float WidestWord(string text, float size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Width(w, size, bold)).DefaultIfEmpty(0).Max();
    }

    /// <summary>Returns a Skia font for drawing, owned by this measurer.</summary>
    /// <param name="size">The font size.</param>
    /// <param name="bold">Whether the font is bold.</param>
    /// <returns>The font.</returns>
    internal SKFont Font(float size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new SKFont(bold ? Fonts.Bold : Fonts.Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }
}
