using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Tests <c>row_finder</c> on synthetic wards: a list A to Z, each row linking to its page with the one thing that
/// sets it apart, and a filter box hidden until the theme's script shows it.</summary>
public sealed class RowFinderTests
{
    [Fact]
    public void Each_row_links_to_its_page_and_says_its_highest_band_or_else_its_highest_rank()
    {
        // Given: Hightown is well above average for both measures, Midtown above average for all crime only (synthetic data).
        const string WardPage = "\n-- content/wards/ward.md --\n---\ntitle: \"{ward}\"\ngenerate: ward-rates\nurl: /wards/{ward}/\n---\nA ward.\n";
        using var site = new TestSite(ChartSites.Data + ChartSites.Page("{{ row_finder 'ward-rates' { url: '/wards/{slug}/', row_label: 'wards', id: 'finder' } }}") + WardPage);
        site.CopyFromRepository("themes/default/assets/js");

        // When
        site.BuildClean();

        // Then
        var html = site.Html("index.html");
        var items = html.QuerySelectorAll("#finder .csa-finder__item").Select(li => (
            li.GetAttribute("data-name"),
            li.QuerySelector("a")!.GetAttribute("href"),
            li.QuerySelector(".csa-finder__line")!.TextContent)).ToList();
        Assert.Equal(
            [
                ("Eastfield", "/wards/eastfield/", "No rate above average. Highest: burglary, joint 3rd of 7"),
                ("Hightown", "/wards/hightown/", "Well above average for all crime and burglary"),
                ("Lowtown", "/wards/lowtown/", "No rate above average. Highest: burglary, joint 3rd of 7"),
                ("Midtown", "/wards/midtown/", "Above average for all crime"),
                ("Northfield", "/wards/northfield/", "No rate above average. Highest: all crime, joint 5th of 8"),
                ("Southfield", "/wards/southfield/", "No rate above average. Highest: burglary, joint 5th of 7"),
                ("Summerfield & All Saints", "/wards/summerfield-all-saints/", "No rate above average. Highest: all crime, 3rd of 8"),
                ("Westfield", "/wards/westfield/", "No rate above average. Highest: all crime, joint 5th of 8"),
            ],
            items);
        var search = html.QuerySelector("#finder .csa-finder__search")!;
        Assert.True(search.HasAttribute("hidden"));
        Assert.Equal("finder-input", search.QuerySelector("label")!.GetAttribute("for"));
        Assert.Equal("Type part of the name of one of the wards", search.QuerySelector("label")!.TextContent);
        Assert.Equal("/assets/js/finder.js", html.QuerySelector("#finder + script")!.GetAttribute("src"));
    }
}
