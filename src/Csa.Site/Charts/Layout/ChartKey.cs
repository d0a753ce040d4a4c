using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Builds a chart's key, shown above the chart: what the colours, markers and lines mean, each said in words.</summary>
public static class ChartKey
{
    /// <summary>Returns the key entries of a chart; part-to-whole charts label every part directly and have none.</summary>
    /// <param name="data">The chart's data.</param>
    /// <returns>The entries, in order.</returns>
    public static IReadOnlyList<ChartKeyItem> ItemsOf(ChartDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<ChartKeyItem>();
        switch (data.Spec.Type)
        {
            case ChartType.RankedBars when data.Rows.Any(r => r.Highlighted):
                items.Add(new ChartKeyItem(ChartKeySymbol.Swatch, $"Highlighted, with a bold name: {ChartSummary.Join(data.Rows.Where(r => r.Highlighted).Select(r => r.Label))}") { Color = ChartPalette.Secondary });
                items.Add(new ChartKeyItem(ChartKeySymbol.Swatch, $"Other {data.RowLabel}") { Color = ChartPalette.Primary });
                break;
            case ChartType.Paired:
                items.Add(new ChartKeyItem(ChartKeySymbol.Swatch, "Upper bar: " + data.Series[0].Label) { Color = ChartPalette.ForSeries(0) });
                items.Add(new ChartKeyItem(ChartKeySymbol.Swatch, "Lower bar: " + data.Series[1].Label) { Color = ChartPalette.ForSeries(1) });
                break;
            case ChartType.Line:
                items.AddRange(data.Series.Select((s, i) => new ChartKeyItem(ChartKeySymbol.Series, s.Label) { Color = ChartPalette.ForSeries(i), Shape = LineChartPainter.ShapeOf(i) }));
                break;
        }

        var count = data.AllRows.Count(r => r.Values[0] is not null);
        foreach (var line in data.References)
        {
            var text = line.Kind switch
            {
                ChartReferenceKind.Mean => $"Mean (average) of the {count} {data.RowLabel}: {data.Format(line)}",
                ChartReferenceKind.Above => $"{line.Name}: {data.Format(line)}. SD is the standard deviation, how spread out the values are",
                ChartReferenceKind.WellAbove => $"{line.Name}: {data.Format(line)}",
                _ => ChartReferenceStyle.LabelOf(data, line),
            };
            items.Add(new ChartKeyItem(ChartKeySymbol.Line, text) { Dash = ChartReferenceStyle.DashOf(line.Kind) });
        }

        foreach (var band in new[] { Band.Above, Band.Significant })
        {
            if (data.Rows.Any(r => r.Band == band))
            {
                var threshold = data.References.First(r => r.Kind == (band == Band.Above ? ChartReferenceKind.Above : ChartReferenceKind.WellAbove));
                var words = char.ToUpperInvariant(TableBanding.Words(band)[0]) + TableBanding.Words(band)[1..];
                var name = char.ToLowerInvariant(threshold.Name[0]) + threshold.Name[1..];
                items.Add(new ChartKeyItem(ChartKeySymbol.Glyph, $"{words}: more than the {name}") { Glyph = TableBanding.Marker(band) });
            }
        }

        return items;
    }
}
