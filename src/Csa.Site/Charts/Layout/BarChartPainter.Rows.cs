namespace Csa.Site.Charts;

/// <summary>Draws the categories of a bar chart: labels, bars and value labels.</summary>
public static partial class BarChartPainter
{
    private static float DrawRows(ChartSceneBuilder b, ChartDataset data, List<IReadOnlyList<string>> labels, List<string[]> values, NiceScale scale, float plotLeft, float plotRight, float plotTop, bool narrow)
    {
        var options = b.Options;
        var fs = options.FontSize;
        var lh = b.LineHeight;
        var n = data.Series.Count;
        var barHeight = n == 1 ? options.BarThickness : MathF.Round(options.BarThickness * 0.8f);
        const float inner = 2;
        var barsHeight = (n * barHeight) + ((n - 1) * inner);
        var x0 = scale.Map(0, plotLeft, plotRight);
        var y = plotTop + 4;
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var row = data.Rows[r];
            var lines = labels[r];
            var labelHeight = lines.Count * lh;
            float barsTop;
            float contentHeight;
            if (narrow)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    // Above the bars, reference lines and gridlines cross the label: a halo keeps it readable.
                    b.AddText(plotLeft + 3, ChartSceneBuilder.BaselineFor(y + (i * lh) + (lh / 2), fs), lines[i], ChartClasses.CategoryLabel, bold: row.Highlighted, halo: true);
                }

                barsTop = y + labelHeight + 2;
                contentHeight = labelHeight + 2 + barsHeight;
            }
            else
            {
                contentHeight = Math.Max(barsHeight, labelHeight);
                var centre = y + (contentHeight / 2);
                barsTop = centre - (barsHeight / 2);
                var labelTop = centre - (labelHeight / 2);
                for (var i = 0; i < lines.Count; i++)
                {
                    b.AddText(plotLeft - 8, ChartSceneBuilder.BaselineFor(labelTop + (i * lh) + (lh / 2), fs), lines[i], ChartClasses.CategoryLabel, TextAnchor.End, row.Highlighted);
                }
            }

            for (var s = 0; s < n; s++)
            {
                DrawBar(b, data, row, s, values[r][s], x0, scale.Map(row.Values[s] ?? 0, plotLeft, plotRight), barsTop + (s * (barHeight + inner)), barHeight);
            }

            y += contentHeight + options.BarGap;
        }

        return y - options.BarGap + 4;
    }

    private static void DrawBar(ChartSceneBuilder b, ChartDataset data, ChartRow row, int series, string valueText, float x0, float x1, float top, float height)
    {
        var single = data.Series.Count == 1;
        var role = single ? (row.Highlighted ? ChartClasses.BarHighlight : ChartClasses.Bar) : (series == 0 ? ChartClasses.Bar : ChartClasses.BarSecond);
        var fill = single ? (row.Highlighted ? ChartPalette.Secondary : ChartPalette.Primary) : ChartPalette.ForSeries(series);
        var value = row.Values[series];
        if (value is not null)
        {
            b.Add(new RectMark(Math.Min(x0, x1), top, Math.Abs(x1 - x0), height, fill) { Role = role, Label = row.Label, Value = value });
        }

        var negative = value < 0;
        var x = negative ? Math.Min(x0, x1) - 4 : Math.Max(x0, x1) + 4;
        var label = b.MakeText(x, ChartSceneBuilder.BaselineFor(top + (height / 2), b.Options.FontSize), valueText, ChartClasses.ValueLabel, negative ? TextAnchor.End : TextAnchor.Start, row.Highlighted, halo: true);
        b.AddFront(label with { Label = row.Label, Value = value });
    }
}
