using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Draws the site's social preview image (Open Graph <c>og:image</c>): 1200 × 630 pixels, the site's name and
/// description in white on the brand blue, with the theme's font.</summary>
/// <remarks>One image for the whole site keeps builds fast; its text is also the image's <c>og:image:alt</c>.</remarks>
public static class SocialImagePainter
{
    /// <summary>Gets the image's width in pixels, the size Open Graph consumers prefer.</summary>
    public const int Width = 1200;

    /// <summary>Gets the image's height in pixels.</summary>
    public const int Height = 630;

    /// <summary>Gets the image's path in the output.</summary>
    public const string OutputPath = "social-preview.png";

    private static readonly SKColor _background = SKColor.Parse("#1d4f91");
    private static readonly SKColor _band = SKColor.Parse("#12376a");

    /// <summary>Draws the image.</summary>
    /// <param name="fonts">The theme's fonts.</param>
    /// <param name="title">The site's name, in large bold type.</param>
    /// <param name="description">A line or two under it, or <see langword="null"/>.</param>
    /// <returns>PNG bytes.</returns>
    public static byte[] Paint(ChartFonts fonts, string title, string? description)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(title);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(_background);
        using var bandPaint = new SKPaint { Color = _band };
        canvas.DrawRect(0, Height - 48, Width, 48, bandPaint);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var y = 130f;
        using (var bold = new SKFont(fonts.Bold, 68))
        {
            foreach (var line in Wrap(title, bold, Width - 160).Take(3))
            {
                canvas.DrawText(line, 80, y, SKTextAlign.Left, bold, paint);
                y += 84;
            }
        }

        if (description is not null)
        {
            y += 24;
            using var regular = new SKFont(fonts.Regular, 38);
            foreach (var line in Wrap(description, regular, Width - 160).Take(4))
            {
                canvas.DrawText(line, 80, y, SKTextAlign.Left, regular, paint);
                y += 52;
            }
        }

        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 6))
            ?? throw new InvalidOperationException("Skia could not encode the social preview image as PNG");
        return png.ToArray();
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
