using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Lays out ranked and paired bar charts: horizontal bars with direct value labels, category labels given room
/// (wrapped beside the bars when wide, above them when narrow), a round-number value axis and labelled reference lines.</summary>
public static partial class BarChartPainter
{
    /// <summary>Lays out a bar chart.</summary>
    /// <param name="data">The chart's data (ranked bars or paired).</param>
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
        var fs = options.FontSize;
        var values = ValueTexts(data);
        var valueRoom = values.SelectMany((v, r) => v.Select(t => text.Width(t, fs, data.Rows[r].Highlighted))).Max() + 6;

        float labelWidth;
        float plotLeft;
        if (narrow)
        {
            labelWidth = width - (2 * pad) - 3;
            plotLeft = pad;
        }
        else
        {
            var longest = data.Rows.Max(r => text.Width(r.Label, fs, r.Highlighted));
            var widestWord = data.Rows.Max(r => text.WidestWord(r.Label, fs, r.Highlighted));
            labelWidth = Math.Max(Math.Min(longest, width * options.MaxLabelShare), widestWord);
            plotLeft = pad + labelWidth + 8;
        }

        var labels = data.Rows.Select(r => text.Wrap(r.Label, labelWidth, fs, r.Highlighted)).ToList();
        var (scale, plotRight) = FitScale(b, data, plotLeft, width - pad - valueRoom, width - pad, narrow);
        var referenceRows = PlaceReferenceLabels(b, data, scale, plotLeft, plotRight, width);
        var plotTop = pad + (referenceRows * b.SmallLineHeight) + (referenceRows > 0 ? 6 : 0);
        var plotBottom = DrawRows(b, data, labels, values, scale, plotLeft, plotRight, plotTop, narrow);
        var axisBottom = DrawAxis(b, data, scale, plotLeft, plotRight, plotTop, plotBottom, width);
        DrawReferenceLines(b, data, scale, plotLeft, plotRight, plotTop, plotBottom);
        return b.ToScene(width, axisBottom + pad);
    }

    /// <summary>Returns the text of every value label: the value with the series' decimals, and the band marker (▲ or ▲▲) after the first.</summary>
    private static List<string[]> ValueTexts(ChartDataset data) =>
        [.. data.Rows.Select(r => r.Values.Select((v, s) => data.Format(v, s) + (s == 0 && r.Band != Statistics.Band.None ? " " + TableBanding.Marker(r.Band) : string.Empty)).ToArray())];

    /// <summary>Chooses round ticks whose labels fit side by side, and narrows the plot when the last tick label would leave the chart.</summary>
    private static (NiceScale Scale, float PlotRight) FitScale(ChartSceneBuilder b, ChartDataset data, float plotLeft, float plotRight, float limit, bool narrow)
    {
        var all = data.Rows.SelectMany(r => r.Values).OfType<double>().Concat(data.References.Select(r => r.Value)).DefaultIfEmpty(0).ToList();
        var maxTicks = (int)Math.Floor((plotRight - plotLeft) / (narrow ? 60 : 80)) + 1;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var scale = NiceScale.Create(all.Min(), all.Max(), maxTicks);
            var widths = scale.Ticks.Select(t => b.Text.Width(NumberFormat.Format(t, scale.Decimals), b.Options.SmallFontSize)).ToList();
            var overflow = scale.Map(scale.Max, plotLeft, plotRight) + (widths[^1] / 2) - limit;
            if (overflow > 0)
            {
                plotRight -= overflow;
                continue;
            }

            var spacing = (plotRight - plotLeft) / (scale.Ticks.Count - 1);
            var crowded = widths.Zip(widths.Skip(1), (a, c) => ((a + c) / 2) + 8 > spacing).Any(x => x);
            if (!crowded || maxTicks <= 2)
            {
                return (scale, plotRight);
            }

            maxTicks--;
        }

        return (NiceScale.Create(all.Min(), all.Max(), 2), plotRight);
    }
}
