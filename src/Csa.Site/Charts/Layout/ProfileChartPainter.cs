namespace Csa.Site.Charts;

/// <summary>Lays out a profile chart, in the spirit of a spine chart: one track per measure running from the lowest to the
/// highest of every row, shaded where values are above and well above average, a line at the average, and the row's value as
/// a marker with its figure and band marker (▲, ▲▲) printed beside the track.</summary>
/// <remarks>Each track has its own scale (lowest to highest of that measure), so measures of very different sizes can be read
/// side by side; the figures themselves are printed, and the chart's table gives the average and thresholds.</remarks>
public static class ProfileChartPainter
{
    private const float MarkerSize = 12;

    /// <summary>Lays out a profile chart.</summary>
    /// <param name="data">The chart's data, with its <see cref="ChartDataset.Measures"/>.</param>
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
        var small = options.SmallFontSize;
        var measures = data.Measures;
        var valueRoom = measures.Max(m => text.Width(m.ValueText, fs, bold: true)) + 10;
        float labelWidth;
        float plotLeft;
        if (narrow)
        {
            labelWidth = width - (2 * pad);
            plotLeft = pad + (MarkerSize / 2);
        }
        else
        {
            var longest = measures.Max(m => text.Width(m.Label, fs));
            var widestWord = measures.Max(m => text.WidestWord(m.Label, fs, false));
            labelWidth = Math.Max(Math.Min(longest, width * options.MaxLabelShare), widestWord);
            plotLeft = pad + labelWidth + 8 + (MarkerSize / 2);
        }

        var plotRight = width - pad - valueRoom - (MarkerSize / 2);
        var count = data.Table.Rows.Count;
        var y = pad;
        b.AddText(plotLeft, ChartSceneBuilder.BaselineFor(y + (b.SmallLineHeight / 2), small), "Lowest", ChartClasses.TickLabel, small: true, fill: ChartPalette.SecondaryText);
        b.AddText(plotRight, ChartSceneBuilder.BaselineFor(y + (b.SmallLineHeight / 2), small), $"Highest of {count} {data.RowLabel}", ChartClasses.TickLabel, TextAnchor.End, small: true, fill: ChartPalette.SecondaryText);
        y += b.SmallLineHeight + 6;
        var track = options.BarThickness;
        foreach (var m in measures)
        {
            var lines = text.Wrap(m.Label, labelWidth, fs);
            var labelHeight = lines.Count * b.LineHeight;
            float trackTop;
            if (narrow)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    b.AddText(pad, ChartSceneBuilder.BaselineFor(y + (i * b.LineHeight) + (b.LineHeight / 2), fs), lines[i], ChartClasses.CategoryLabel);
                }

                trackTop = y + labelHeight + 4;
                y = trackTop + track;
            }
            else
            {
                var height = Math.Max(track + 6, labelHeight);
                trackTop = y + ((height - track) / 2);
                var labelTop = y + ((height - labelHeight) / 2);
                for (var i = 0; i < lines.Count; i++)
                {
                    b.AddText(pad + labelWidth, ChartSceneBuilder.BaselineFor(labelTop + (i * b.LineHeight) + (b.LineHeight / 2), fs), lines[i], ChartClasses.CategoryLabel, TextAnchor.End);
                }

                y += height;
            }

            DrawTrack(b, m, plotLeft, plotRight, trackTop, track, width - pad);
            y += options.BarGap + 4;
        }

        return b.ToScene(width, y - options.BarGap - 4 + pad);
    }

    private static void DrawTrack(ChartSceneBuilder b, ChartProfileMeasure m, float left, float right, float top, float height, float valueRight)
    {
        float X(double v) => m.Max > m.Min ? left + (float)((v - m.Min) / (m.Max - m.Min) * (right - left)) : (left + right) / 2;
        b.Add(new RectMark(left, top, right - left, height, ChartPalette.Gridline) { Role = ChartClasses.Range, Label = m.Label, Value = m.Max });
        var above = m.Bands.AboveThreshold;
        var well = m.Bands.SignificantThreshold;
        if (above < m.Max)
        {
            var x1 = X(Math.Max(above, m.Min));
            var x2 = X(Math.Min(well, m.Max));
            b.Add(new RectMark(x1, top, x2 - x1, height, ChartPalette.BandAbove) { Role = ChartClasses.ZoneAbove, Label = m.Label, Value = above });
        }

        if (well < m.Max)
        {
            var x1 = X(Math.Max(well, m.Min));
            b.Add(new RectMark(x1, top, right - x1, height, ChartPalette.BandWellAbove) { Role = ChartClasses.ZoneWellAbove, Label = m.Label, Value = well });
        }

        var mean = X(m.Bands.Mean);
        b.Add(new LineMark(mean, top - 4, mean, top + height + 4, ChartPalette.Text, ChartReferenceStyle.Width) { Role = ChartClasses.Reference, Label = "Average", Value = m.Bands.Mean });
        var centre = top + (height / 2);
        if (m.Value is { } v)
        {
            var x = X(v);
            // A white casing keeps the marker apart from the shading and the average line.
            b.Add(new MarkerMark(x, centre, MarkerSize + 4, MarkerShape.Circle, ChartPalette.Background) { Role = ChartClasses.Casing });
            b.Add(new MarkerMark(x, centre, MarkerSize, MarkerShape.Circle, ChartPalette.Primary) { Role = ChartClasses.Marker, Label = m.Label, Value = v });
        }

        var label = b.MakeText(valueRight, ChartSceneBuilder.BaselineFor(centre, b.Options.FontSize), m.ValueText, ChartClasses.ValueLabel, TextAnchor.End, bold: true);
        b.AddFront(label with { Label = m.Label, Value = m.Value });
    }
}
