using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Describes one value field a chart draws, resolved against its table.</summary>
/// <param name="Field">The field in the table.</param>
/// <param name="Index">The field's index in the table's rows.</param>
/// <param name="Label">The label in the key and summary: the block's label, else the field's title.</param>
/// <param name="Decimals">The most decimals written in the field's cells, used for every label of the series.</param>
public sealed record ChartSeries(TableField Field, int Index, string Label, int Decimals);
