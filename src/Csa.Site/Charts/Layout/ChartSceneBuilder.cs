namespace Csa.Site.Charts;

/// <summary>Collects marks in drawing order while a painter lays a chart out, snapping coordinates to quarter pixels.</summary>
/// <remarks>Quarter pixels are exact in binary floating point, so the SVG has short, stable numbers.</remarks>
internal sealed class ChartSceneBuilder
{
    private readonly List<ChartMark> _grid = [];
    private readonly List<ChartMark> _back = [];
    private readonly List<ChartMark> _front = [];

    public ChartSceneBuilder(ChartTextMeasurer text, ChartOptions options)
    {
        Text = text;
        Options = options;
    }

    public ChartTextMeasurer Text { get; }

    public ChartOptions Options { get; }

    /// <summary>Gets the distance between the baselines of two lines of normal text.</summary>
    public float LineHeight => Options.FontSize * Options.LineHeight;

    /// <summary>Gets the distance between the baselines of two lines of small text.</summary>
    public float SmallLineHeight => Options.SmallFontSize * Options.LineHeight;

    public static float Snap(float value) => MathF.Round(value * 4) / 4;

    /// <summary>Returns the baseline that centres a line of text of a size on a y (capital letters are about 0.7 of the size tall).</summary>
    public static float BaselineFor(float centre, float size) => centre + (0.35f * size);

    /// <summary>Adds a mark drawn under everything else: gridlines.</summary>
    public void AddGrid(ChartMark mark) => _grid.Add(Snapped(mark));

    /// <summary>Adds a mark drawn under everything added with <see cref="AddFront"/>.</summary>
    public void Add(ChartMark mark) => _back.Add(Snapped(mark));

    /// <summary>Adds a mark drawn after every <see cref="Add"/> mark: text, so halos cover lines.</summary>
    public void AddFront(ChartMark mark) => _front.Add(Snapped(mark));

    public TextMark AddText(float x, float baseline, string text, string role, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool small = false, bool halo = false, ChartColor? fill = null)
    {
        var mark = MakeText(x, baseline, text, role, anchor, bold, small, halo, fill);
        AddFront(mark);
        return mark;
    }

    public TextMark MakeText(float x, float baseline, string text, string role, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool small = false, bool halo = false, ChartColor? fill = null) =>
        new(x, baseline, text, small ? Options.SmallFontSize : Options.FontSize, fill ?? ChartPalette.Text)
        {
            Role = role,
            Anchor = anchor,
            Bold = bold,
            Halo = halo,
        };

    public ChartScene ToScene(float width, float height)
    {
        var background = new RectMark(0, 0, width, MathF.Ceiling(height), ChartPalette.Background) { Role = ChartClasses.Background };
        return new ChartScene(width, MathF.Ceiling(height), [background, .. _grid, .. _back, .. _front]);
    }

    private static ChartMark Snapped(ChartMark mark) => mark switch
    {
        RectMark r => r with { X = Snap(r.X), Y = Snap(r.Y), Width = Snap(r.Width), Height = Snap(r.Height) },
        LineMark l => l with { X1 = Snap(l.X1), Y1 = Snap(l.Y1), X2 = Snap(l.X2), Y2 = Snap(l.Y2) },
        TextMark t => t with { X = Snap(t.X), Y = Snap(t.Y) },
        MarkerMark m => m with { X = Snap(m.X), Y = Snap(m.Y) },
        PolylineMark p => p with { Points = [.. p.Points.Select(pt => new ChartPoint(Snap(pt.X), Snap(pt.Y)))] },
        _ => mark,
    };
}
