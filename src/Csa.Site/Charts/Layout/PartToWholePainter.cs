using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Lays out a part-to-whole chart: one 100% column split into segments, each labelled directly with its name,
/// share and value, the labels spread so they never overlap and joined to their segments by leader lines.</summary>
public static class PartToWholePainter
{
    /// <summary>Lays out a part-to-whole chart.</summary>
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
        var pad = options.Padding;
        var fs = options.FontSize;
        var lh = b.LineHeight;
        var columnWidth = width < options.NarrowBelow ? 48f : 80f;
        var labelX = pad + columnWidth + 28;
        var labelWidth = width - pad - labelX;
        var total = data.Rows.Sum(r => r.Values[0]!.Value);
        var labels = data.Rows.Select(r => text.Wrap(LabelOf(data, r, total), labelWidth, fs, r.Highlighted)).ToList();
        var heights = labels.Select(l => l.Count * lh).ToList();
        var top = pad;
        var height = Math.Max(240, heights.Sum() + (4 * data.Rows.Count));
        var centres = new List<float>();
        var y = top;
        for (var i = 0; i < data.Rows.Count; i++)
        {
            var row = data.Rows[i];
            var h = (float)(row.Values[0]!.Value / total) * height;
            centres.Add(y + (h / 2));
            // A white gap between segments keeps each one 3:1 against its neighbour, whatever their colours.
            var gap = h > 3 ? 1f : 0f;
            if (h - (2 * gap) > 0)
            {
                b.Add(new RectMark(pad, y + gap, columnWidth, h - (2 * gap), ChartPalette.ForSeries(i)) { Role = ChartClasses.Segment, Label = row.Label, Value = row.Values[0] });
            }

            y += h;
        }

        var tops = LabelPlacement.Spread(centres, heights, top, top + height, 4);
        for (var i = 0; i < data.Rows.Count; i++)
        {
            var labelCentre = tops[i] + (lh / 2);
            b.Add(new LineMark(pad + columnWidth + 2, centres[i], labelX - 4, labelCentre, ChartPalette.SecondaryText, 1) { Role = ChartClasses.Leader, Label = data.Rows[i].Label });
            for (var line = 0; line < labels[i].Count; line++)
            {
                var mark = b.MakeText(labelX, ChartSceneBuilder.BaselineFor(tops[i] + (line * lh) + (lh / 2), fs), labels[i][line], ChartClasses.DirectLabel, bold: data.Rows[i].Highlighted);
                b.AddFront(mark with { Label = data.Rows[i].Label, Value = data.Rows[i].Values[0] });
            }
        }

        var bottom = Math.Max(top + height, tops.Select((t, i) => t + heights[i]).Max());
        var totalText = "Total: " + data.Format(total);
        var totalLines = text.Wrap(totalText, columnWidth + 20, options.SmallFontSize);
        var baseline = bottom + 6 + (text.Fonts.AscentRatio * options.SmallFontSize);
        foreach (var line in totalLines)
        {
            b.AddText(pad, baseline, line, ChartClasses.AxisTitle, small: true);
            baseline += b.SmallLineHeight;
        }

        return b.ToScene(width, baseline - b.SmallLineHeight + (text.Fonts.DescentRatio * options.SmallFontSize) + pad);
    }

    /// <summary>Returns a segment's label: <c>Burglary: 42% (1,234)</c>.</summary>
    internal static string LabelOf(ChartDataset data, ChartRow row, double total) =>
        $"{row.Label}: {Percent(data, row.Values[0]!.Value, total)} ({data.Format(row.Values[0])})";

    /// <summary>Returns a share as a percentage, with one decimal when some non-zero share would round to 0%.</summary>
    internal static string Percent(ChartDataset data, double value, double total)
    {
        var tiny = data.Rows.Any(r => r.Values[0] is double v && v > 0 && Shares.Percent(v, total) < 0.5);
        return NumberFormat.Format(Shares.Percent(value, total), tiny ? 1 : 0) + "%";
    }
}
