using System.Text;
using Csa.Site.Charts;
using SkiaSharp;

namespace Csa.Site.Tests.Charts.Oracle;

/// <summary>Writes a chart scene as SVG through SkiaSharp's own SVG canvas, as the engine once did: the oracle that
/// <see cref="SvgChartWriter"/>'s geometry, colours and number formats are checked against.</summary>
internal static class SkiaSvgWriter
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
        // Skia's SVG canvas writes nothing for an empty rectangle (a bar of 0) or an empty text, and the finisher matches
        // elements to marks one for one, so such marks are left out of the SVG (they draw nothing anyway).
        scene = scene with { Marks = [.. scene.Marks.Where(Draws)] };
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, scene.Width, scene.Height), stream))
        {
            SkiaSceneDrawer.Draw(canvas, scene, text, raster: false);
        }

        return SkiaSvgFinisher.Finish(Encoding.UTF8.GetString(stream.ToArray()), scene, labels, standalone);
    }

    private static bool Draws(ChartMark mark) => mark switch
    {
        RectMark r => r.Width > 0 && r.Height > 0 && float.IsFinite(r.X) && float.IsFinite(r.Y) && float.IsFinite(r.Width) && float.IsFinite(r.Height),
        TextMark t => !string.IsNullOrWhiteSpace(t.Text) && float.IsFinite(t.X) && float.IsFinite(t.Y),
        LineMark l => float.IsFinite(l.X1) && float.IsFinite(l.Y1) && float.IsFinite(l.X2) && float.IsFinite(l.Y2),
        PolylineMark p => p.Points.Count > 1 && p.Points.All(x => float.IsFinite(x.X) && float.IsFinite(x.Y)),
        MarkerMark m => m.Size > 0 && float.IsFinite(m.X) && float.IsFinite(m.Y),
        _ => true,
    };
}
