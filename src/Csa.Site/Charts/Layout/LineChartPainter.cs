using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Lays out a line chart: one line per series over the categories of the x field, each series with its own marker
/// shape, a round-number value axis, horizontal reference lines, and (when wide) each line labelled at its end.</summary>
public static partial class LineChartPainter
{
    /// <summary>Lays out a line chart.</summary>
    /// <param name="data">The chart's data.</param>
    /// <param name="text">Measures text.</param>
    /// <param name="options">The sizes.</param>
    /// <param name="width">The view-box width.</param>
    /// <returns>The scene.</returns>
    public static ChartScene Paint(ChartDataset data, ChartTextMeasurer text, ChartOptions options, float width)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var b = new ChartSceneBuilder(text, options);
        var narrow = width < options.NarrowBelow;
        var pad = options.Padding;
        var small = options.SmallFontSize;
        var plotHeight = narrow ? 200f : 260f;

        // The axis title (the unit) sits above the plot, horizontal.
        var titleLines = text.Wrap(BarChartPainter.AxisTitle(data), width - (2 * pad), small);
        var baseline = pad + (text.Fonts.AscentRatio * small);
        foreach (var line in titleLines)
        {
            b.AddText(pad, baseline, line, ChartClasses.AxisTitle, small: true);
            baseline += b.SmallLineHeight;
        }

        var plotTop = baseline - b.SmallLineHeight + (text.Fonts.DescentRatio * small) + 12;
        var plotBottom = plotTop + plotHeight;
        var all = data.Rows.SelectMany(r => r.Values).OfType<double>().Concat(data.References.Select(r => r.Value)).DefaultIfEmpty(0).ToList();
        var scale = NiceScale.Create(all.Min(), all.Max(), (int)(plotHeight / 40) + 1);
        var tickTexts = scale.Ticks.Select(t => NumberFormat.Format(t, scale.Decimals)).ToList();
        var plotLeft = pad + tickTexts.Max(t => text.Width(t, small)) + 8;
        var endLabels = narrow ? [] : EndLabels(data);
        var endWidth = endLabels.Count == 0 ? 0 : Math.Min(endLabels.Max(l => text.Width(l, options.FontSize)), width * 0.3f);
        var plotRight = width - pad - (endWidth > 0 ? endWidth + 10 : 0);
        var xs = XPositions(b, data, plotLeft, plotRight, width);

        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var y = scale.Map(scale.Ticks[i], plotBottom, plotTop);
            b.AddGrid(new LineMark(plotLeft, y, plotRight, y, ChartPalette.Gridline, 1) { Role = ChartClasses.Gridline, Value = scale.Ticks[i] });
            var tick = b.MakeText(plotLeft - 6, ChartSceneBuilder.BaselineFor(y, small), tickTexts[i], ChartClasses.TickLabel, TextAnchor.End, small: true, fill: ChartPalette.SecondaryText);
            b.AddFront(tick with { Value = scale.Ticks[i] });
        }

        var zero = scale.Map(0, plotBottom, plotTop);
        b.Add(new LineMark(plotLeft, zero, plotRight, zero, ChartPalette.SecondaryText, 1.5f) { Role = ChartClasses.Axis, Value = 0 });
        DrawReferences(b, data, scale, plotLeft, plotRight, plotTop, plotBottom);
        DrawSeries(b, data, scale, xs, plotTop, plotBottom);
        if (endLabels.Count > 0)
        {
            DrawEndLabels(b, data, endLabels, scale, xs[^1] + 10, endWidth, plotTop, plotBottom);
        }

        var bottom = DrawXLabels(b, data, xs, plotBottom, width);
        return b.ToScene(width, bottom + pad);
    }

    private static List<float> XPositions(ChartSceneBuilder b, ChartDataset data, float plotLeft, float plotRight, float width)
    {
        var small = b.Options.SmallFontSize;
        var count = data.Rows.Count;
        if (count == 1)
        {
            return [(plotLeft + plotRight) / 2];
        }

        // Inset the first and last points so their labels stay clear of the value axis and inside the chart.
        var first = plotLeft + Math.Max(12, (b.Text.Width(data.Rows[0].Label, small) / 2) + 2);
        var last = Math.Min(plotRight - 12, width - b.Options.Padding - (b.Text.Width(data.Rows[^1].Label, small) / 2));
        return [.. Enumerable.Range(0, count).Select(i => first + ((last - first) * i / (count - 1)))];
    }

    private static float DrawXLabels(ChartSceneBuilder b, ChartDataset data, List<float> xs, float plotBottom, float width)
    {
        var small = b.Options.SmallFontSize;
        var widths = data.Rows.Select(r => b.Text.Width(r.Label, small)).ToList();
        var step = 1;
        while (step < xs.Count && Enumerable.Range(0, xs.Count).Where(i => i % step == 0).Zip(Enumerable.Range(0, xs.Count).Where(i => i % step == 0).Skip(1), (i, j) => (xs[j] - xs[i]) < ((widths[i] + widths[j]) / 2) + 10).Any(x => x))
        {
            step++;
        }

        var baseline = plotBottom + 8 + (b.Text.Fonts.AscentRatio * small);
        for (var i = 0; i < xs.Count; i += step)
        {
            // A label wider than the chart cannot be kept inside it: centre it on its point.
            var (low, high) = (b.Options.Padding + (widths[i] / 2), width - b.Options.Padding - (widths[i] / 2));
            var x = low <= high ? Math.Clamp(xs[i], low, high) : width / 2;
            var label = b.MakeText(x, baseline, data.Rows[i].Label, ChartClasses.TickLabel, TextAnchor.Middle, small: true, fill: ChartPalette.SecondaryText);
            b.AddFront(label with { Label = data.Rows[i].Label });
        }

        return baseline + (b.Text.Fonts.DescentRatio * small);
    }
}
