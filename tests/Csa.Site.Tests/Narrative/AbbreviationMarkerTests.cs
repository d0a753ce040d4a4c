using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Narrative;

public sealed class AbbreviationMarkerTests
{
    [Fact]
    public void The_first_use_of_each_abbreviation_on_a_page_is_marked_with_abbr()
    {
        // Given
        using var site = new TestSite("""
            -- content/site.yml --
            title: Test
            abbreviations:
              ASB: anti-social behaviour
              CSP: Community Safety Partnership
              CSPs: Community Safety Partnerships
            -- content/index.md --
            ---
            title: Home
            ---
            ## ASB in the area

            The CSP tackles ASB. Other CSPs share ASB as a priority. [ASB](/) and `ASB` and MASB stay plain.

            Later ASB is plain.
            """);

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        var abbrs = doc.QuerySelectorAll(".content abbr").Select(a => (a.TextContent, a.GetAttribute("title"))).ToList();
        Assert.Equal([("CSP", "Community Safety Partnership"), ("ASB", "anti-social behaviour"), ("CSPs", "Community Safety Partnerships")], abbrs);
        Assert.Empty(doc.QuerySelectorAll("h2 abbr, a abbr, code abbr"));
        Assert.Equal("The CSP tackles ASB. Other CSPs share ASB as a priority. ASB and ASB and MASB stay plain.", doc.QuerySelector(".content p")!.TextContent);
    }
}
