using Csa.Site.Charts;
using Csa.Site.Diagnostics;

namespace Csa.Site.Tests.Charts;

public sealed class ChartSpecReaderTests
{
    [Fact]
    public void A_block_reads_with_its_defaults_and_the_line_of_each_setting()
    {
        // Given
        var problems = new List<ChartProblem>();

        // When
        var spec = ChartSpecReader.Read("type: ranked-bars\ntable: t\ncategory: c\nvalue: v\ntitle: 2019 was high\nsubtitle: S\nhighlight: Stowe\nreference: [mean, {label: Force, value: 76.1}]", problems);

        // Then
        Assert.Empty(problems);
        Assert.NotNull(spec);
        Assert.Equal((ChartType.RankedBars, ChartSortOrder.Descending, "2019 was high"), (spec.Type, spec.Sort, spec.Title));
        Assert.Equal([new ChartSeriesSpec("v", null)], spec.Series);
        Assert.Equal(["Stowe"], spec.Highlight);
        Assert.Equal([new ChartReferenceSpec(ChartReferenceKind.Mean, null, null), new ChartReferenceSpec(ChartReferenceKind.Comparator, "Force", 76.1)], spec.References);
        Assert.Equal(8, spec.LineOf(ChartKeys.Reference));
        Assert.Equal(0, spec.LineOf(ChartKeys.Top));
    }

    [Fact]
    public void A_line_chart_takes_labelled_values_and_keeps_table_order()
    {
        // Given
        var problems = new List<ChartProblem>();

        // When
        var spec = ChartSpecReader.Read("type: line\ntable: t\nx: year\nvalues: [a, {field: b, label: Force area}]\ntitle: T\nsubtitle: S", problems);

        // Then
        Assert.Empty(problems);
        Assert.Equal(("year", ChartSortOrder.None), (spec!.Category, spec.Sort));
        Assert.Equal([new ChartSeriesSpec("a", null), new ChartSeriesSpec("b", "Force area")], spec.Series);
    }

    [Fact]
    public void Every_problem_of_a_block_is_reported_at_once()
    {
        // Given
        var problems = new List<ChartProblem>();

        // When
        var spec = ChartSpecReader.Read("type: line\ntable: t\nx: year\nvalue: a\nvalues: [a, b]\ntitle: T\nsort: sideways\nid: 1st", problems);

        // Then
        Assert.Null(spec);
        var expected = new[] { (0, "the chart block has no 'subtitle:'"), (5, "write either 'value:'"), (7, "'sort' is not a setting of a line chart"), (8, "'id: 1st' is not a usable id") };
        var actual = problems.OrderBy(p => p.Line).ToList();
        Assert.Equal(expected.Select(e => e.Item1), actual.Select(p => p.Line));
        Assert.All(expected.Zip(actual), pair => Assert.Contains(pair.First.Item2, pair.Second.Message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(DiagnosticCodes.BadChartSetting, p.Code));
    }
}
