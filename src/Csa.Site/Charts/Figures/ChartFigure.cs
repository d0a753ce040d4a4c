using Csa.Site.Components;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Holds the rendered parts of one chart that go into its page's <c>figure</c>.</summary>
/// <param name="Data">The chart's data.</param>
/// <param name="Summary">The text summary.</param>
/// <param name="WideSvg">The inline SVG for wide screens and print.</param>
/// <param name="NarrowSvg">The inline SVG for narrow screens.</param>
/// <param name="Table">The chart's data, for the table component.</param>
/// <param name="Downloads">The table's downloads, then the chart's SVG and PNG files.</param>
public sealed record ChartFigure(ChartDataset Data, string Summary, string WideSvg, string NarrowSvg, DataTableModel Table, IReadOnlyList<TableDownload> Downloads);
