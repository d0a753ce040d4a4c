using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Holds the rendered parts of one chart that go into its page's <c>figure</c>.</summary>
/// <param name="Data">The chart's data.</param>
/// <param name="Summary">The text summary.</param>
/// <param name="WideSvg">The inline SVG for wide screens and print.</param>
/// <param name="NarrowSvg">The inline SVG for narrow screens.</param>
/// <param name="TableHtml">The chart's data as an accessible table.</param>
/// <param name="Downloads">The table's downloads, then the chart's SVG and PNG files.</param>
public sealed record ChartFigure(ChartDataset Data, string Summary, string WideSvg, string NarrowSvg, string TableHtml, IReadOnlyList<TableDownload> Downloads);
