using AngleSharp.Html.Parser;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks "Find your ward" (issue #13): a short list of the 22 wards of the ward table, each card saying
/// something of its own, and the full comparison on a page of its own.</summary>
public sealed class FindYourWardTests : IClassFixture<DefaultSiteFixture>
{
    private readonly DefaultSiteFixture _site;

    public FindYourWardTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void The_list_names_every_ward_of_the_table_once_and_each_card_says_something_different()
    {
        // Given
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "find-your-ward", "index.html")));
        var csv = File.ReadAllLines(Path.Combine(_site.Repository, "content", "data", "ward-offence-rates.csv")).Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.OrdinalIgnoreCase).ToList();

        // When
        var items = html.QuerySelectorAll("#ward-finder .csa-finder__item").ToList();
        var names = items.Select(i => i.QuerySelector("a")!.TextContent).ToList();
        var lines = items.Select(i => i.QuerySelector(".csa-finder__line")!.TextContent).ToList();

        // Then: the wards as the table names them, no more (no invented parishes or villages), A to Z.
        Assert.Equal(csv, names);
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Well above average for burglary and vehicle offences", lines[names.IndexOf("Shenstone")]);
        Assert.Null(html.QuerySelector("main .csa-children"));
        Assert.Null(html.QuerySelector("main table"));
        Assert.NotNull(html.QuerySelector("main a[href='/compare-wards/']"));
    }
}
