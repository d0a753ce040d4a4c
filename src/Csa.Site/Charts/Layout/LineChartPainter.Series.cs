namespace Csa.Site.Charts;

/// <summary>Draws a line chart's series, end labels and reference lines.</summary>
public static partial class LineChartPainter
{
    /// <summary>Returns the marker shape of a series: circle, square, triangle, diamond, then again.</summary>
    /// <param name="series">The series index.</param>
    /// <returns>The shape.</returns>
    public static MarkerShape ShapeOf(int series) => (MarkerShape)(series % 4);

    private static List<string> EndLabels(ChartDataset data) =>
        [.. data.Series.Select((s, i) => data.Rows.LastOrDefault(r => r.Values[i] is not null) is { } last ? $"{s.Label}: {data.Format(last.Values[i], i)}" : s.Label)];

    private static void DrawSeries(ChartSceneBuilder b, ChartDataset data, NiceScale scale, List<float> xs, float plotTop, float plotBottom)
    {
        for (var s = 0; s < data.Series.Count; s++)
        {
            var colour = ChartPalette.ForSeries(s);
            var label = data.Series[s].Label;
            var run = new List<ChartPoint>();
            for (var i = 0; i <= data.Rows.Count; i++)
            {
                var value = i < data.Rows.Count ? data.Rows[i].Values[s] : null;
                if (value is { } v)
                {
                    run.Add(new ChartPoint(xs[i], scale.Map(v, plotBottom, plotTop)));
                    continue;
                }

                // A missing value breaks the line: the runs either side are drawn apart.
                if (run.Count > 1)
                {
                    b.Add(new PolylineMark([.. run], colour, 2.5f) { Role = ChartClasses.Line, Label = label });
                }

                run.Clear();
            }

            for (var i = 0; i < data.Rows.Count; i++)
            {
                if (data.Rows[i].Values[s] is { } v)
                {
                    b.Add(new MarkerMark(xs[i], scale.Map(v, plotBottom, plotTop), 8, ShapeOf(s), colour) { Role = ChartClasses.Marker, Label = label, Value = v });
                }
            }
        }
    }

    private static void DrawEndLabels(ChartSceneBuilder b, ChartDataset data, List<string> labels, NiceScale scale, float x, float width, float plotTop, float plotBottom)
    {
        var fs = b.Options.FontSize;
        var lh = b.LineHeight;
        var wrapped = labels.Select(l => b.Text.Wrap(l, width, fs)).ToList();
        var centres = data.Series.Select((_, s) => data.Rows.LastOrDefault(r => r.Values[s] is not null)?.Values[s] is { } v ? scale.Map(v, plotBottom, plotTop) : plotBottom).ToList();
        var heights = wrapped.Select(w => w.Count * lh).ToList();
        var tops = LabelPlacement.Spread(centres, heights, plotTop - 6, plotBottom, 2);
        for (var s = 0; s < labels.Count; s++)
        {
            for (var line = 0; line < wrapped[s].Count; line++)
            {
                var mark = b.MakeText(x, ChartSceneBuilder.BaselineFor(tops[s] + (line * lh) + (lh / 2), fs), wrapped[s][line], ChartClasses.DirectLabel);
                b.AddFront(mark with { Label = data.Series[s].Label });
            }
        }
    }

    private static void DrawReferences(ChartSceneBuilder b, ChartDataset data, NiceScale scale, float plotLeft, float plotRight, float plotTop, float plotBottom)
    {
        if (data.References.Count == 0)
        {
            return;
        }

        var small = b.Options.SmallFontSize;
        var ys = data.References.Select(r => scale.Map(r.Value, plotBottom, plotTop)).ToList();
        foreach (var (line, y) in data.References.Zip(ys))
        {
            b.Add(new LineMark(plotLeft, y, plotRight, y, ChartPalette.Text, ChartReferenceStyle.Width)
            {
                Role = ChartClasses.Reference,
                Label = line.Name,
                Value = line.Value,
                Dash = ChartReferenceStyle.DashOf(line.Kind),
            });
        }

        // Labels sit just above their lines, spread apart when lines are close.
        var heights = ys.Select(_ => b.SmallLineHeight).ToList();
        var tops = LabelPlacement.Spread([.. ys.Select(y => y - (b.SmallLineHeight / 2) - 3)], heights, plotTop, plotBottom, 1);
        for (var i = 0; i < ys.Count; i++)
        {
            var mark = b.MakeText(plotLeft + 4, ChartSceneBuilder.BaselineFor(tops[i] + (b.SmallLineHeight / 2), small), ChartReferenceStyle.LabelOf(data, data.References[i]), ChartClasses.ReferenceLabel, small: true, halo: true);
            b.AddFront(mark with { Label = data.References[i].Name, Value = data.References[i].Value });
        }
    }
}
