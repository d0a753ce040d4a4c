using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Plan;

/// <summary>Progress over the plan's years: with a later period's actions and measures (synthetic), the same pages show
/// status moves, measures against the baseline with a trend, and the date of the update (issue 16).</summary>
public sealed class PlanProgressTests
{
    /// <summary>Gets the synthetic plan of <see cref="PlanSites"/> with a second year: both plan tables hold a year column.</summary>
    private static string Site => PlanSites.Site
        .Replace(
            "        - {name: id, title: Id, type: string}\n        - {name: priority, title: Priority, type: string}\n",
            "        - {name: id, title: Id, type: string}\n        - {name: year, title: Year, type: string}\n        - {name: priority, title: Priority, type: string}\n",
            StringComparison.Ordinal)
        .Replace(
            "      primaryKey: id\n      missingValues: [\"\"]\n",
            "      primaryKey: [id, year]\n      missingValues: [\"\"]\n    period_field: year\n    periods:\n      - {period: 2020-21, updated: 2021-04-01}\n      - {period: 2021-22, updated: 2022-04-01}\n",
            StringComparison.Ordinal)
        .Replace(PlanSites.Site[PlanSites.Site.IndexOf("-- content/data/plan-actions.csv --", StringComparison.Ordinal)..], """
            -- content/data/plan-actions.csv --
            id,year,priority,action,lead,partners,start,due,status,measure,notes
            asb-1,2020-21,asb,Patrol the hotspots (synthetic).,,,,,proposed,asb-rate,
            asb-2,2020-21,asb,Share information (synthetic).,,,,,proposed,,
            everyone-1,2020-21,everyone,Meet every quarter (synthetic).,,,,2020-06-30,on track,,
            asb-1,2021-22,asb,Patrol the hotspots (synthetic).,Synthetic Police,Synthetic Council,2020-04-01,2022-03-31,on track,asb-rate,
            asb-2,2021-22,asb,Share information (synthetic).,,,,,proposed,,
            asb-3,2021-22,asb,Train staff (synthetic).,,,,,proposed,,
            everyone-1,2021-22,everyone,Meet every quarter (synthetic).,,,,2020-06-30,done,,Synthetic note.
            -- content/data/plan-measures.csv --
            id,year,priority,indicator,measure,unit,baseline,baseline_period,latest,latest_period,direction,target,notes
            asb-rate,2020-21,asb,asb-rate,ASB rate (synthetic),"per 1,000 people",21.7,2018-19,20.1,2019-20,decrease,18,
            fraud-rate,2020-21,fraud,fraud-rate,Fraud rate (synthetic),"per 1,000 people",3.9,,,,,,
            asb-rate,2021-22,asb,asb-rate,ASB rate (synthetic),"per 1,000 people",21.7,2018-19,18.9,2020-21,decrease,18,
            fraud-rate,2021-22,fraud,fraud-rate,Fraud rate (synthetic),"per 1,000 people",3.9,,4.2,2020-21,,,
            """, StringComparison.Ordinal);

    [Fact]
    public void Each_action_says_how_its_status_moved_since_the_year_before_and_when_progress_was_updated()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean();
        var page = site.Html("asb/index.html");

        // Then
        var section = page.QuerySelector("section[aria-labelledby='what-we-will-do']")!;
        Assert.Equal("This is the plan’s progress for 2021-22, updated on 1 April 2022.", section.QuerySelector(".csa-plan__updated")!.TextContent);
        var items = section.QuerySelectorAll("ol > li").Select(PlanComponentsTests.Details).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("▶ On track", items[0]["Status"]);
        Assert.Equal("moved from ○ Proposed", items[0]["Since 2020-21"]);
        Assert.Equal("Synthetic Police", items[0]["Lead"]);
        Assert.Equal("no change", items[1]["Since 2020-21"]);
        Assert.Equal("new in 2021-22", items[2]["Since 2020-21"]);
        var overview = site.Html("plan/index.html");
        Assert.Equal("This is the plan’s progress for 2021-22, updated on 1 April 2022.", overview.QuerySelector(".csa-plan__updated")!.TextContent);
        var whole = overview.QuerySelectorAll("table#plan-overview tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["The whole partnership", "0", "0", "0", "1", "0", "1"], whole[1]);
        Assert.Equal("moved from ▶ On track", PlanComponentsTests.Details(overview.QuerySelector("#plan-everyone-actions")!.ParentElement!.QuerySelector("li")!)["Since 2020-21"]);
    }

    [Fact]
    public void A_measure_shows_its_latest_figure_against_the_baseline_and_a_trend_where_there_are_three_figures()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean();
        var asb = site.Html("asb/index.html");
        var plan = site.Html("plan/index.html");

        // Then
        var item = asb.QuerySelector("section[aria-labelledby='how-we-will-know'] li")!;
        var measure = PlanComponentsTests.Details(item);
        Assert.Equal("21.7 (2018-19)", measure["Baseline"]);
        Assert.Equal("18.9 (2020-21)", measure["Latest"]);
        Assert.Equal("down 2.8 from the baseline (13% lower). This is the way the plan aims for.", measure["Change"]);
        Assert.Equal("21.7 in 2018-19, 20.1 in 2019-20 and 18.9 in 2020-21", item.QuerySelector(".csa-plan-trend__words")!.TextContent);
        var svg = item.QuerySelector("svg.csa-plan-trend")!;
        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        var ys = svg.QuerySelectorAll("circle").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, ys.Count);
        Assert.True(ys[0] < ys[1] && ys[1] < ys[2], "a falling figure is drawn going down");

        // Then: two figures are a change, not a trend
        var fraud = plan.QuerySelector("#plan-fraud-measures")!.ParentElement!.QuerySelector("li")!;
        Assert.Equal("4.2 (2020-21)", PlanComponentsTests.Details(fraud)["Latest"]);
        Assert.Null(fraud.QuerySelector("svg"));
    }

    [Fact]
    public void An_earlier_years_bad_status_is_an_error_at_its_line()
    {
        // Given
        using var site = new TestSite(Site.Replace("asb-2,2020-21,asb,Share information (synthetic).,,,,,proposed,,", "asb-2,2020-21,asb,Share information (synthetic).,,,,,maybe,,", StringComparison.Ordinal));

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0405");
        Assert.Equal(("content/data/plan-actions.csv", 3, 54), (error.Path, error.Line, error.Column));
    }
}
