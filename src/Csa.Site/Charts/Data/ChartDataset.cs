using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Holds everything a chart draws, resolved from its block and table: rows in order, series, reference lines and bands.</summary>
/// <param name="Spec">The block as written.</param>
/// <param name="Id">The figure's id, unique on its page.</param>
/// <param name="Table">The table.</param>
/// <param name="CategoryField">The field that labels the categories.</param>
/// <param name="Series">The value fields.</param>
/// <param name="Rows">The categories drawn, in order (after <c>top</c>).</param>
/// <param name="AllRows">The categories the statistics are computed from, in order (before <c>top</c>).</param>
/// <param name="References">The reference lines.</param>
/// <param name="Bands">The mean, SD and thresholds of the first series over <paramref name="AllRows"/>, when a statistic was requested.</param>
/// <param name="RowLabel">The plural name of the categories, e.g. <c>wards</c>.</param>
public sealed record ChartDataset(
    ChartSpec Spec,
    string Id,
    DataTable Table,
    TableField CategoryField,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartRow> Rows,
    IReadOnlyList<ChartRow> AllRows,
    IReadOnlyList<ChartReferenceLine> References,
    BandSummary? Bands,
    string RowLabel)
{
    /// <summary>Gets a value indicating whether any drawn row carries a band marker.</summary>
    public bool HasBands => Rows.Any(r => r.Band != Band.None);

    /// <summary>Formats a value of a series with the series' decimals: <c>182.6</c>, <c>2,250</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="series">The series index.</param>
    /// <returns>The text.</returns>
    public string Format(double value, int series = 0) => NumberFormat.Format(value, Series[series].Decimals);

    /// <summary>Formats a value or the missing-value code <c>[x]</c>.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="series">The series index.</param>
    /// <returns>The text.</returns>
    public string Format(double? value, int series = 0) => value is { } v ? Format(v, series) : TableModelBuilder.MissingCode;

    /// <summary>Formats a reference value with one more decimal than the data, as the tables' average rows do.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The text.</returns>
    public string Format(ChartReferenceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind == ChartReferenceKind.Comparator
            ? NumberFormat.Format(line.Value, Math.Max(Series[0].Decimals, NumberFormat.DecimalsOf(line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            : NumberFormat.Format(line.Value, Series[0].Decimals + 1);
    }
}
