using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Rasterises a chart scene to PNG with SkiaSharp, at a multiple of its view-box size for sharp text.</summary>
public static class PngChartWriter
{
    /// <summary>Writes a scene as PNG bytes.</summary>
    /// <param name="scene">The scene.</param>
    /// <param name="text">The measurer whose fonts draw the text.</param>
    /// <param name="scale">Pixels per view-box unit, e.g. 2.</param>
    /// <returns>The PNG file's bytes.</returns>
    public static byte[] Write(ChartScene scene, ChartTextMeasurer text, float scale)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(text);
        // Opaque RGB is about a tenth smaller than RGBA. The 'up' filter at zlib level 6 encodes in a tenth of the time of
        // every filter at level 9 (about 20 ms against 190 ms for a 22-bar chart) for a file 7% larger.
        var info = new SKImageInfo((int)MathF.Ceiling(scene.Width * scale), (int)MathF.Ceiling(scene.Height * scale), SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        SkiaSceneDrawer.Draw(canvas, scene, text, raster: true);
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 6))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG");
        return png.ToArray();
    }
}
