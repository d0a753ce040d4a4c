using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csa.Site.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Reads chart SVGs through AngleSharp: marks by class, line positions, the value axis, and the boxes texts take.</summary>
internal static class ChartSvg
{
    private static readonly Lazy<ChartFonts> _fonts = new(() => ChartFonts.Load(Path.Combine(RepositoryRoot.Find(), "themes", "default"))!);

    public static ChartFonts Fonts => _fonts.Value;

    /// <summary>Returns the inline SVG of a figure: the wide or the narrow one.</summary>
    public static IElement Inline(IDocument page, string figureId, string variant = "wide") =>
        page.QuerySelector($"figure#{figureId} .csa-chart__graphic--{variant} svg") ?? throw new InvalidOperationException($"no {variant} SVG in figure #{figureId}");

    /// <summary>Parses a standalone SVG file.</summary>
    public static IElement File(string text) => new HtmlParser().ParseDocument(text).QuerySelector("svg")!;

    public static float Number(IElement element, string attribute) =>
        float.Parse(element.GetAttribute(attribute) ?? throw new InvalidOperationException($"<{element.LocalName}> has no {attribute}"), CultureInfo.InvariantCulture);

    public static double Value(IElement element) => double.Parse(element.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    /// <summary>Returns the end points of a straight path, <c>d="M x1 y1 L x2 y2"</c>.</summary>
    public static (float X1, float Y1, float X2, float Y2) Line(IElement path)
    {
        var numbers = path.GetAttribute("d")!.Replace('M', ' ').Replace('L', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => float.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    /// <summary>Returns the view box size.</summary>
    public static (float Width, float Height) ViewBox(IElement svg)
    {
        var parts = svg.GetAttribute("viewBox")!.Split(' ').Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (parts[2], parts[3]);
    }

    /// <summary>Returns the mapping from value to position along a bar chart's value axis, fitted from two gridlines.</summary>
    public static Func<double, float> HorizontalAxis(IElement svg)
    {
        var grid = svg.QuerySelectorAll(".csa-chart__gridline").Select(g => (Value: Value(g), X: Line(g).X1)).ToList();
        var (a, b) = (grid[0], grid[^1]);
        return v => (float)(a.X + ((v - a.Value) / (b.Value - a.Value) * (b.X - a.X)));
    }

    /// <summary>Returns the box of every text element, measured with the theme's font from its x, y, size, weight and anchor.</summary>
    public static List<(IElement Text, ChartBox Box)> TextBoxes(IElement svg)
    {
        using var measurer = Fonts.CreateMeasurer();
        return [.. svg.QuerySelectorAll("text").Select(t => (t, measurer.Box(new TextMark(Number(t, "x"), Number(t, "y"), t.TextContent, Number(t, "font-size"), ChartPalette.Text)
        {
            Role = t.ClassName ?? string.Empty,
            Bold = t.GetAttribute("font-weight") == "bold",
            Anchor = t.GetAttribute("text-anchor") switch
            {
                "middle" => TextAnchor.Middle,
                "end" => TextAnchor.End,
                _ => TextAnchor.Start,
            },
        })))];
    }

    /// <summary>Returns every pair of texts whose boxes overlap, described for a failure message.</summary>
    public static List<string> Overlaps(IElement svg)
    {
        var boxes = TextBoxes(svg);
        var problems = new List<string>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Box.Overlaps(boxes[j].Box))
                {
                    problems.Add($"'{boxes[i].Text.TextContent}' {boxes[i].Box} overlaps '{boxes[j].Text.TextContent}' {boxes[j].Box}");
                }
            }
        }

        var (width, height) = ViewBox(svg);
        problems.AddRange(boxes.Where(b => b.Box.Left < 0 || b.Box.Top < 0 || b.Box.Right > width || b.Box.Bottom > height).Select(b => $"'{b.Text.TextContent}' {b.Box} leaves the view box {width}×{height}"));
        return problems;
    }
}
