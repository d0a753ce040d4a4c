using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Plan;

/// <summary>Tests the plan's validation by the LoadPlan stage (issue 16): each rule is error CSA0405 at the CSV's file and line.</summary>
public sealed class PlanReaderTests
{
    [Fact]
    public void The_synthetic_plan_builds_with_no_warnings()
    {
        // Given
        using var site = new TestSite(PlanSites.Site);

        // When
        var result = site.BuildClean();

        // Then
        Assert.Equal(0, result.Diagnostics.Count(d => d.Severity == Severity.Warning));
        Assert.True(site.OutputExists("data/plan-actions.csv"));
        Assert.True(site.OutputExists("data/plan-measures.ods"));
    }

    [Theory]
    [InlineData("plan-actions.csv", "asb-2,asb,Share information (synthetic).,,,,,proposed,,", "asb-2,burglary,Share information (synthetic).,,,,,proposed,,", 3, 7, "unknown priority 'burglary'")]
    [InlineData("plan-actions.csv", "asb-2,asb,Share information (synthetic).,,,,,proposed,,", "asb-2,asb,Share information (synthetic).,,,,,underway,,", 3, 46, "status 'underway' is not one of: proposed, on track, at risk, done, stopped")]
    [InlineData("plan-actions.csv", "asb-2,asb,Share information (synthetic).,,,,,proposed,,", "asb-2,asb,Share information (synthetic).,,,2021-01-01,2020-01-01,proposed,,", 3, 0, "due date 2020-01-01 is before the start date 2021-01-01")]
    [InlineData("plan-actions.csv", "asb-2,asb,Share information (synthetic).,,,,,proposed,,", "asb-2,asb,Share information (synthetic).,,,,,proposed,no-such-measure,", 3, 0, "unknown measure 'no-such-measure'")]
    [InlineData("plan-measures.csv", "fraud-rate,fraud,fraud-rate,", "fraud-rate,fraud,fraud-rates,", 3, 18, "unknown indicator 'fraud-rates'")]
    [InlineData("plan-measures.csv", "fraud-rate,fraud,fraud-rate,", "fraud-rate,robbery,fraud-rate,", 3, 12, "unknown priority 'robbery'")]
    [InlineData("plan-measures.csv", "3.9,,,,,,", "3.9,,,,,10,", 3, 0, "target '10' has no direction")]
    [InlineData("plan-measures.csv", "19.5,2019-20,decrease,18,", "19.5,2019-20,down,,", 2, 0, "direction 'down' is not one of: increase, decrease")]
    public void A_broken_plan_rule_is_an_error_at_its_csv_line(string file, string find, string replace, int line, int column, string message)
    {
        // Given
        using var site = new TestSite(PlanSites.Site);
        var path = Path.Combine(site.Root, "content", "data", file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("CSA0405", "content/data/" + file, line), (error.Code, error.Path, error.Line));
        Assert.True(column == 0 || error.Column == column, $"expected column {column}: {error}");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_section_naming_a_missing_table_is_an_error_at_the_descriptor()
    {
        // Given
        using var site = new TestSite(PlanSites.Site.Replace("measures: plan-measures\n", "measures: plan-targets\n", StringComparison.Ordinal));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("CSA0405", "content/data/datapackage.yml"), (error.Code, error.Path));
        Assert.Contains("plan-targets", error.Message, StringComparison.Ordinal);
    }
}
