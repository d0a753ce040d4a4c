using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Plan;

/// <summary>Renders the plan's components from a synthetic plan and inspects them with AngleSharp (issue 16).</summary>
public sealed class PlanComponentsTests
{
    [Fact]
    public void What_we_will_do_lists_each_action_with_lead_timing_and_status_in_words_and_a_symbol()
    {
        // Given
        using var site = new TestSite(PlanSites.Site);

        // When
        site.BuildClean();
        var page = site.Html("asb/index.html");

        // Then
        var section = page.QuerySelector("section[aria-labelledby='what-we-will-do']")!;
        Assert.Equal("What we will do", section.QuerySelector("h2#what-we-will-do")!.TextContent);
        var items = section.QuerySelectorAll("ol > li");
        Assert.Equal(2, items.Length);
        var first = Details(items[0]);
        Assert.Equal("▶ On track", first["Status"]);
        Assert.Equal("Synthetic Police", first["Lead"]);
        Assert.Equal("Synthetic Council", first["Working with"]);
        Assert.Equal("1 April 2020 to 31 March 2021", first["When"]);
        Assert.Equal("ASB rate (synthetic)", first["Measured by"]);
        Assert.Equal("true", items[0].QuerySelector(".csa-plan-status__icon")!.GetAttribute("aria-hidden"));
        var second = Details(items[1]);
        Assert.Equal("to be agreed by the partnership", second["Lead"]);
        Assert.Equal("to be agreed by the partnership", second["When"]);
        Assert.Equal("○ Proposed", second["Status"]);
        Assert.False(second.ContainsKey("Working with"));
    }

    [Fact]
    public void How_we_will_know_shows_baseline_latest_and_change_or_the_baseline_alone()
    {
        // Given
        using var site = new TestSite(PlanSites.Site);

        // When
        site.BuildClean();
        var asb = site.Html("asb/index.html");
        var plan = site.Html("plan/index.html");

        // Then: a later period gives latest and change against the direction the plan aims for
        var measure = Details(asb.QuerySelector("section[aria-labelledby='how-we-will-know'] li")!);
        Assert.Equal("21.7 (2018-19)", measure["Baseline"]);
        Assert.Equal("19.5 (2019-20)", measure["Latest"]);
        Assert.Equal("down 2.2 from the baseline (10% lower). This is the way the plan aims for.", measure["Change"]);
        Assert.Equal("a decrease, to 18", measure["The plan aims for"]);

        // Then: without one, the baseline alone (with its period not stated)
        var fraud = Details(plan.QuerySelector("#plan-fraud-measures")!.ParentElement!.QuerySelector("li")!);
        Assert.Equal("3.9 (period not stated)", fraud["Baseline"]);
        Assert.Equal("no later figure yet", fraud["Latest"]);
        Assert.False(fraud.ContainsKey("Change"));
    }

    [Fact]
    public void The_overview_counts_actions_by_status_for_each_priority_and_links_down()
    {
        // Given
        using var site = new TestSite(PlanSites.Site);

        // When
        site.BuildClean();
        var page = site.Html("plan/index.html");

        // Then
        var table = page.QuerySelector("table#plan-overview")!;
        Assert.Equal(["Priority", "○ Proposed", "▶ On track", "! At risk", "✓ Done", "✕ Stopped", "All actions"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["Anti-social behaviour", "1", "1", "0", "0", "0", "2"], rows[0]);
        Assert.Equal(["The whole partnership", "0", "0", "0", "1", "0", "1"], rows[1]);
        Assert.Equal(["Fraud (synthetic)", "0", "0", "0", "0", "0", "0"], rows[2]);
        Assert.Equal(["The whole plan", "1", "1", "0", "1", "0", "3"], table.QuerySelectorAll("tfoot th, tfoot td").Select(c => c.TextContent));
        foreach (var link in table.QuerySelectorAll("tbody th a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }

        Assert.Equal("/asb/", page.QuerySelector("#plan-asb ~ p a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("a[download]"), a => a.GetAttribute("href") == "/data/plan-actions.csv");
    }

    internal static Dictionary<string, string> Details(AngleSharp.Dom.IElement item) =>
        item.QuerySelectorAll("dl > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());
}
