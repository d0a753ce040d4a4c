namespace Csa.Site.Charts;

/// <summary>Frames a chart for its SVG and PNG downloads: the titles and key above it and the source below, so the
/// file still makes sense away from the page.</summary>
public static class ChartFrame
{
    /// <summary>Returns the body scene with a header (title, subtitle, key) and a footer (source).</summary>
    /// <param name="body">The chart as shown in the page.</param>
    /// <param name="data">The chart's data.</param>
    /// <param name="text">Measures text.</param>
    /// <param name="options">The sizes.</param>
    /// <returns>The framed scene, as wide as the body.</returns>
    public static ChartScene Compose(ChartScene body, ChartDataset data, ChartTextMeasurer text, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var b = new ChartSceneBuilder(text, options);
        var pad = options.Padding;
        var width = body.Width;
        var y = pad;
        y = Lines(b, data.Spec.Title, y, width - (2 * pad), options.TitleFontSize, bold: true);
        y = Lines(b, data.Spec.Subtitle, y + 2, width - (2 * pad), options.FontSize, bold: false);
        y += 4;
        foreach (var item in ChartKey.ItemsOf(data))
        {
            var lines = text.Wrap(item.Text, width - (2 * pad) - 32, options.FontSize);
            DrawSymbol(b, item, pad, y + (b.LineHeight / 2));
            foreach (var line in lines)
            {
                b.AddText(pad + 32, ChartSceneBuilder.BaselineFor(y + (b.LineHeight / 2), options.FontSize), line, ChartClasses.FrameText);
                y += b.LineHeight;
            }
        }

        var offset = y + 4;
        foreach (var mark in body.Marks.Skip(1))
        {
            b.Add(Translate(mark, offset));
        }

        var sources = data.Table.Resource.Sources.Count > 0 ? string.Join("; ", data.Table.Resource.Sources) : data.Table.Resource.Title;
        var bottom = Lines(b, "Source: " + sources, offset + body.Height, width - (2 * pad), options.SmallFontSize, bold: false);
        return b.ToScene(width, bottom + pad);
    }

    private static float Lines(ChartSceneBuilder b, string text, float top, float width, float size, bool bold)
    {
        var lineHeight = size * b.Options.LineHeight;
        foreach (var line in b.Text.Wrap(text, width, size, bold))
        {
            b.AddFront(new TextMark(b.Options.Padding, ChartSceneBuilder.BaselineFor(top + (lineHeight / 2), size), line, size, ChartPalette.Text) { Role = ChartClasses.FrameText, Bold = bold });
            top += lineHeight;
        }

        return top;
    }

    private static void DrawSymbol(ChartSceneBuilder b, ChartKeyItem item, float x, float centre)
    {
        switch (item.Symbol)
        {
            case ChartKeySymbol.Swatch:
                b.Add(new RectMark(x + 4, centre - 7, 16, 14, item.Color) { Role = ChartClasses.FrameSymbol });
                break;
            case ChartKeySymbol.Line:
                b.Add(new LineMark(x, centre, x + 24, centre, item.Color, ChartReferenceStyle.Width) { Role = ChartClasses.FrameSymbol, Dash = item.Dash });
                break;
            case ChartKeySymbol.Series:
                b.Add(new LineMark(x, centre, x + 24, centre, item.Color, 2.5f) { Role = ChartClasses.FrameSymbol });
                b.Add(new MarkerMark(x + 12, centre, 8, item.Shape, item.Color) { Role = ChartClasses.FrameSymbol });
                break;
            default:
                b.AddText(x + 12, ChartSceneBuilder.BaselineFor(centre, b.Options.FontSize), item.Glyph ?? string.Empty, ChartClasses.FrameSymbol, TextAnchor.Middle);
                break;
        }
    }

    private static ChartMark Translate(ChartMark mark, float dy) => mark switch
    {
        RectMark r => r with { Y = r.Y + dy },
        LineMark l => l with { Y1 = l.Y1 + dy, Y2 = l.Y2 + dy },
        TextMark t => t with { Y = t.Y + dy },
        MarkerMark m => m with { Y = m.Y + dy },
        PolylineMark p => p with { Points = [.. p.Points.Select(pt => new ChartPoint(pt.X, pt.Y + dy))] },
        _ => mark,
    };
}
