using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Narrative;

public sealed class AccessibleTableRendererTests
{
    [Fact]
    public void A_markdown_table_is_a_labelled_scrolling_region_with_scoped_headers_and_alignment_classes()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            ## Rates by area

            | Area | Rate | Note |
            |:-----|-----:|:----:|
            | Lichfield | 58.8 | *local* |
            | Force area | 76.1 | all |
            """);

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        var region = doc.QuerySelector(".content div.csa-table-region")!;
        Assert.Equal(("region", "0", "Table: Rates by area"), (region.GetAttribute("role"), region.GetAttribute("tabindex"), region.GetAttribute("aria-label")));
        Assert.All(region.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["csa-table__cell--numeric", "csa-table__cell--numeric"], region.QuerySelectorAll("tbody td:nth-child(2)").Select(td => td.ClassName));
        Assert.Equal("csa-table__cell--centre", region.QuerySelector("tbody td:nth-child(3)")!.ClassName);
        Assert.Equal("local", region.QuerySelector("tbody td em")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("[style]"));
    }
}
