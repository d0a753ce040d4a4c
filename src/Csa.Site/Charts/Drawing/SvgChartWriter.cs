using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Csa.Site.Charts;

/// <summary>Writes a chart scene as SVG for people and screen readers: a <c>viewBox</c>, <c>role="img"</c> with <c>title</c>
/// and <c>desc</c>, one element per mark with its classes and data attributes, and text as whole, anchored <c>text</c>
/// elements, so a browser that falls back to another font still lines the text up against the axis.</summary>
/// <remarks>Elements, attributes, colours and numbers are written as SkiaSharp's SVG canvas writes them (a test checks the
/// two against each other), without drawing through it: writing the elements directly is about ten times faster.
/// Numbers of geometry are written as C's <c>%.8g</c> writes a float; text positions with at most two decimals.</remarks>
public static class SvgChartWriter
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    /// <summary>Writes a scene as SVG markup.</summary>
    /// <param name="scene">The scene.</param>
    /// <param name="labels">The accessible name and description, and the ids they get.</param>
    /// <param name="standalone">Whether the SVG is a file of its own (with an XML declaration) rather than inline in a page.</param>
    /// <returns>The SVG markup.</returns>
    public static string Write(ChartScene scene, ChartSvgLabels labels, bool standalone)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(labels);
        var root = new XElement(
            _svg + "svg",
            new XAttribute("xmlns", _svg.NamespaceName),
            new XAttribute("viewBox", $"0 0 {Position(scene.Width)} {Position(scene.Height)}"),
            new XAttribute("class", ChartClasses.Svg),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", labels.TitleId),
            new XAttribute("aria-describedby", labels.DescriptionId),
            new XAttribute("font-family", ChartFonts.FamilyStack),
            new XElement(_svg + "title", new XAttribute("id", labels.TitleId), labels.Title),
            new XElement(_svg + "desc", new XAttribute("id", labels.DescriptionId), labels.Description));

        // A mark that draws nothing (a bar of 0, an empty text) gets no element.
        foreach (var mark in scene.Marks.Where(Draws))
        {
            var element = Element(mark);
            element.SetAttributeValue("class", mark.Role);
            element.SetAttributeValue("data-label", mark.Label);
            element.SetAttributeValue("data-value", mark.Value?.ToString("R", CultureInfo.InvariantCulture));
            Finish(element, mark);
            root.Add(element);
        }

        return standalone
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"
            : root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Element(ChartMark mark) => mark switch
    {
        RectMark r => Rect(r.Fill, r.X, r.Y, r.Width, r.Height),
        LineMark l => Path(l.Stroke, l.StrokeWidth, null, $"M{G(l.X1)} {G(l.Y1)}L{G(l.X2)} {G(l.Y2)}"),
        PolylineMark p => Path(p.Stroke, p.StrokeWidth, "round", "M" + string.Join('L', p.Points.Select(x => $"{G(x.X)} {G(x.Y)}"))),
        MarkerMark m => Marker(m),
        TextMark t => new XElement(_svg + "text", Fill(t.Fill), A("font-size", t.Size)),
        _ => throw new InvalidOperationException($"no SVG for a {mark.GetType().Name}"),
    };

    private static XElement Marker(MarkerMark m)
    {
        var h = m.Size / 2;
        return m.Shape switch
        {
            MarkerShape.Circle => Ellipse(m.Fill, m.X - h, m.Y - h, m.X + h, m.Y + h),
            MarkerShape.Square => Rect(m.Fill, m.X - h, m.Y - h, m.Size, m.Size),
            _ => new XElement(_svg + "path", Fill(m.Fill), new XAttribute("d", Polygon(MarkerMark.Outline(m)))),
        };
    }

    private static void Finish(XElement element, ChartMark mark)
    {
        switch (mark)
        {
            case LineMark { Dash: { } dash }:
                element.SetAttributeValue("stroke-dasharray", string.Join(' ', dash.Select(Position)));
                break;
            case TextMark text:
                element.SetAttributeValue("x", Position(text.X));
                element.SetAttributeValue("y", Position(text.Y));
                element.SetAttributeValue("text-anchor", text.Anchor switch
                {
                    TextAnchor.Middle => "middle",
                    TextAnchor.End => "end",
                    _ => null,
                });
                element.SetAttributeValue("font-weight", text.Bold ? "bold" : null);
                if (text.Halo)
                {
                    element.SetAttributeValue("stroke", ChartPalette.Background.Hex);
                    element.SetAttributeValue("stroke-width", "3");
                    element.SetAttributeValue("stroke-linejoin", "round");
                    element.SetAttributeValue("paint-order", "stroke");
                }

                element.Value = text.Text;
                break;
        }
    }

    // Skia keeps a rectangle as its edges and leaves out x and y when they are 0, their default.
    private static XElement Rect(ChartColor fill, float x, float y, float width, float height)
    {
        float right = x + width, bottom = y + height;
        return new(_svg + "rect", Fill(fill), x == 0 ? null : A("x", x), y == 0 ? null : A("y", y), A("width", right - x), A("height", bottom - y));
    }

    // Skia draws a circle as the oval in its bounding box.
    private static XElement Ellipse(ChartColor fill, float left, float top, float right, float bottom) =>
        new(_svg + "ellipse", Fill(fill), A("cx", (float)((left + (double)right) * 0.5)), A("cy", (float)((top + (double)bottom) * 0.5)), A("rx", (right - left) / 2), A("ry", (bottom - top) / 2));

    private static XElement Path(ChartColor stroke, float width, string? join, string d) =>
        new(_svg + "path", new XAttribute("fill", "none"), new XAttribute("stroke", Colour(stroke)), A("stroke-width", width), join is null ? null : new XAttribute("stroke-linejoin", join), new XAttribute("d", d));

    private static string Polygon(IReadOnlyList<ChartPoint> points)
    {
        var d = new StringBuilder("M");
        for (var i = 0; i < points.Count; i++)
        {
            d.Append(i == 0 ? string.Empty : "L").Append(G(points[i].X)).Append(' ').Append(G(points[i].Y));
        }

        // Skia's outline goes back to its start before closing.
        return d.Append('L').Append(G(points[0].X)).Append(' ').Append(G(points[0].Y)).Append('Z').ToString();
    }

    private static XAttribute Fill(ChartColor colour) => new("fill", Colour(colour));

    private static XAttribute A(string name, float value) => new(name, G(value));

    // The colour as Skia's SVG canvas names it: one of the 16 HTML 4 colour names, else #RRGGBB.
    private static string Colour(ChartColor c) => ((c.R << 16) | (c.G << 8) | c.B) switch
    {
        0x000000 => "black",
        0x000080 => "navy",
        0x0000FF => "blue",
        0x008000 => "green",
        0x008080 => "teal",
        0x00FF00 => "lime",
        0x00FFFF => "aqua",
        0x800000 => "maroon",
        0x800080 => "purple",
        0x808000 => "olive",
        0x808080 => "gray",
        0xC0C0C0 => "silver",
        0xFF0000 => "red",
        0xFF00FF => "fuchsia",
        0xFFFF00 => "yellow",
        0xFFFFFF => "white",
        _ => c.Hex,
    };

    // A float as C's "%.8g" writes it, which is how Skia writes SVG numbers.
    private static string G(float value)
    {
        var text = ((double)value).ToString("G8", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? text.Replace("E", "e", StringComparison.Ordinal) : text;
    }

    private static string Position(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);

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
