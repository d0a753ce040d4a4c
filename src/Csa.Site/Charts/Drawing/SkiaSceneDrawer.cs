using SkiaSharp;

namespace Csa.Site.Charts;

/// <summary>Draws a <see cref="ChartScene"/> on a Skia canvas, one draw call per mark: the PNG files and, in tests, the SVG
/// that Skia's own SVG canvas writes.</summary>
/// <remarks>On an SVG canvas (not raster) dashes and text halos are left out (Skia would turn a dashed
/// line into many small paths and a halo into a second text element); on a raster canvas they are drawn here.</remarks>
internal static class SkiaSceneDrawer
{
    public static void Draw(SKCanvas canvas, ChartScene scene, ChartTextMeasurer text, bool raster)
    {
        foreach (var mark in scene.Marks)
        {
            switch (mark)
            {
                case RectMark r:
                    using (var paint = Fill(r.Fill))
                    {
                        canvas.DrawRect(r.X, r.Y, r.Width, r.Height, paint);
                    }

                    break;
                case LineMark l:
                    using (var paint = Stroke(l.Stroke, l.StrokeWidth, raster ? l.Dash : null))
                    {
                        canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                    }

                    break;
                case PolylineMark p:
                    DrawPolyline(canvas, p);
                    break;
                case MarkerMark m:
                    DrawMarker(canvas, m);
                    break;
                case TextMark t:
                    DrawText(canvas, t, text, raster);
                    break;
            }
        }
    }

    private static void DrawPolyline(SKCanvas canvas, PolylineMark line)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(line.Points[0].X, line.Points[0].Y);
        foreach (var point in line.Points.Skip(1))
        {
            builder.LineTo(point.X, point.Y);
        }

        using var path = builder.Detach();
        using var paint = Stroke(line.Stroke, line.StrokeWidth, null);
        paint.StrokeJoin = SKStrokeJoin.Round;
        canvas.DrawPath(path, paint);
    }

    private static void DrawMarker(SKCanvas canvas, MarkerMark m)
    {
        using var paint = Fill(m.Fill);
        var h = m.Size / 2;
        switch (m.Shape)
        {
            case MarkerShape.Circle:
                canvas.DrawCircle(m.X, m.Y, h, paint);
                break;
            case MarkerShape.Square:
                canvas.DrawRect(m.X - h, m.Y - h, m.Size, m.Size, paint);
                break;
            default:
                using (var builder = new SKPathBuilder())
                {
                    builder.AddPoly([.. MarkerMark.Outline(m).Select(p => new SKPoint(p.X, p.Y))], true);
                    using var path = builder.Detach();
                    canvas.DrawPath(path, paint);
                }

                break;
        }
    }

    private static void DrawText(SKCanvas canvas, TextMark t, ChartTextMeasurer text, bool raster)
    {
        var font = text.Font(t.Size, t.Bold);
        var align = t.Anchor switch
        {
            TextAnchor.Middle => SKTextAlign.Center,
            TextAnchor.End => SKTextAlign.Right,
            _ => SKTextAlign.Left,
        };
        if (raster && t.Halo)
        {
            using var halo = Stroke(ChartPalette.Background, 3, null);
            halo.StrokeJoin = SKStrokeJoin.Round;
            canvas.DrawText(t.Text, t.X, t.Y, align, font, halo);
        }

        using var paint = Fill(t.Fill);
        canvas.DrawText(t.Text, t.X, t.Y, align, font, paint);
    }

    private static SKPaint Fill(ChartColor color) => new() { Color = Skia(color), IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(ChartColor color, float width, IReadOnlyList<float>? dash)
    {
        var paint = new SKPaint { Color = Skia(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        if (dash is not null)
        {
            paint.PathEffect = SKPathEffect.CreateDash([.. dash], 0);
        }

        return paint;
    }

    private static SKColor Skia(ChartColor color) => new(color.R, color.G, color.B);
}
