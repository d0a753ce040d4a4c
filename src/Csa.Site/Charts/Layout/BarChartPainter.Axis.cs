using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Draws a bar chart's value axis and its reference lines with their labels.</summary>
public static partial class BarChartPainter
{
    private static float DrawAxis(ChartSceneBuilder b, ChartDataset data, NiceScale scale, float plotLeft, float plotRight, float plotTop, float plotBottom, float width)
    {
        var small = b.Options.SmallFontSize;
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick, plotLeft, plotRight);
            b.AddGrid(new LineMark(x, plotTop, x, plotBottom, ChartPalette.Gridline, 1) { Role = ChartClasses.Gridline, Value = tick });
            var label = b.MakeText(x, plotBottom + 4 + (b.Text.Fonts.AscentRatio * small), NumberFormat.Format(tick, scale.Decimals), ChartClasses.TickLabel, TextAnchor.Middle, small: true, fill: ChartPalette.SecondaryText);
            b.AddFront(label with { Value = tick });
        }

        var x0 = scale.Map(0, plotLeft, plotRight);
        b.Add(new LineMark(x0, plotTop, x0, plotBottom, ChartPalette.SecondaryText, 1.5f) { Role = ChartClasses.Axis, Value = 0 });
        var title = AxisTitle(data);
        var lines = b.Text.Wrap(title, width - (2 * b.Options.Padding), small);
        var baseline = plotBottom + 4 + (b.Text.Fonts.AscentRatio * small) + b.SmallLineHeight;
        foreach (var line in lines)
        {
            var w = b.Text.Width(line, small);
            var centre = ClampOrCentre((plotLeft + plotRight) / 2, b.Options.Padding + (w / 2), width - b.Options.Padding - (w / 2));
            b.AddText(centre, baseline, line, ChartClasses.AxisTitle, TextAnchor.Middle, small: true);
            baseline += b.SmallLineHeight;
        }

        return baseline - b.SmallLineHeight + (b.Text.Fonts.DescentRatio * small);
    }

    /// <summary>Returns the axis title: the value field's unit, else the table's, else the series label.</summary>
    internal static string AxisTitle(ChartDataset data)
    {
        var first = data.Series[0];
        var unit = first.Field.Unit ?? data.Table.Resource.Unit;
        return unit is null ? first.Label : char.ToUpperInvariant(unit[0]) + unit[1..];
    }

    private static int PlaceReferenceLabels(ChartSceneBuilder b, ChartDataset data, NiceScale scale, float plotLeft, float plotRight, float width)
    {
        if (data.References.Count == 0)
        {
            return 0;
        }

        var small = b.Options.SmallFontSize;
        var pad = b.Options.Padding;
        var texts = data.References.Select(r => ChartReferenceStyle.LabelOf(data, r)).ToList();
        var spans = data.References.Select((r, i) =>
        {
            var w = b.Text.Width(texts[i], small);
            var left = ClampOrCentre(scale.Map(r.Value, plotLeft, plotRight) - (w / 2), pad, width - pad - w);
            return (Left: left, Right: left + w);
        }).ToList();
        var rows = LabelPlacement.Rows(spans, 8);
        var count = rows.Max() + 1;
        for (var i = 0; i < texts.Count; i++)
        {
            var rowTop = pad + ((count - 1 - rows[i]) * b.SmallLineHeight);
            var label = b.MakeText(spans[i].Left, ChartSceneBuilder.BaselineFor(rowTop + (b.SmallLineHeight / 2), small), texts[i], ChartClasses.ReferenceLabel, small: true, halo: true);
            b.AddFront(label with { Label = data.References[i].Name, Value = data.References[i].Value });
        }

        return count;
    }

    private static void DrawReferenceLines(ChartSceneBuilder b, ChartDataset data, NiceScale scale, float plotLeft, float plotRight, float plotTop, float plotBottom)
    {
        foreach (var line in data.References)
        {
            var x = scale.Map(line.Value, plotLeft, plotRight);
            // A white casing keeps the line visible where it crosses a dark bar.
            b.Add(new LineMark(x, plotTop - 4, x, plotBottom, ChartPalette.Background, ChartReferenceStyle.Width + 2) { Role = ChartClasses.Casing });
            b.Add(new LineMark(x, plotTop - 4, x, plotBottom, ChartPalette.Text, ChartReferenceStyle.Width)
            {
                Role = ChartClasses.Reference,
                Label = line.Name,
                Value = line.Value,
                Dash = ChartReferenceStyle.DashOf(line.Kind),
            });
        }
    }

    // A text wider than the room it must stay in is placed between the bounds instead of failing.
    private static float ClampOrCentre(float value, float min, float max) => min <= max ? Math.Clamp(value, min, max) : (min + max) / 2;
}
