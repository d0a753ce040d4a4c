using System.Text;
using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Writes a chart scene as SVG through SkiaSharp's SVG canvas, then finishes it for people and screen readers.</summary>
public static class SvgChartWriter
{
    /// <summary>Writes a scene as SVG markup.</summary>
    /// <param name="scene">The scene.</param>
    /// <param name="text">The measurer whose fonts draw the text.</param>
    /// <param name="labels">The accessible name and description, and the ids they get.</param>
    /// <param name="standalone">Whether the SVG is a file of its own (with an XML declaration) rather than inline in a page.</param>
    /// <returns>The SVG markup.</returns>
    public static string Write(ChartScene scene, ChartTextMeasurer text, ChartSvgLabels labels, bool standalone)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, scene.Width, scene.Height), stream))
        {
            SkiaSceneDrawer.Draw(canvas, scene, text, raster: false);
        }

        return ChartSvgFinisher.Finish(Encoding.UTF8.GetString(stream.ToArray()), scene, labels, standalone);
    }
}
