namespace Csa.Site.Charts;

/// <summary>Lays out a chart of any type at a width, choosing the painter for its type.</summary>
public static class ChartPainter
{
    /// <summary>Lays out a chart.</summary>
    /// <param name="data">The chart's data.</param>
    /// <param name="text">Measures text.</param>
    /// <param name="options">The sizes.</param>
    /// <param name="width">The view-box width; below <see cref="ChartOptions.NarrowBelow"/> the narrow layout is used.</param>
    /// <returns>The scene.</returns>
    public static ChartScene Paint(ChartDataset data, ChartTextMeasurer text, ChartOptions options, float width)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Spec.Type switch
        {
            ChartType.PartToWhole => PartToWholePainter.Paint(data, text, options, width),
            ChartType.Line => LineChartPainter.Paint(data, text, options, width),
            _ => BarChartPainter.Paint(data, text, options, width),
        };
    }
}
