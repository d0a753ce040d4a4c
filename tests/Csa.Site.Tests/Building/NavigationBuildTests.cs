using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class NavigationBuildTests
{
    private const string Site = """
        -- content/index.md --
        ---
        title: Home
        ---
        Read our [accessibility statement](accessibility.md).
        -- content/about.md --
        ---
        title: About the area
        nav_title: About
        order: 1
        ---
        See [the ASB priority](priorities/asb.md#at-a-glance) and [priorities](/priorities/).
        -- content/priorities/_index.md --
        ---
        title: Priorities
        order: 2
        ---
        -- content/priorities/asb.md --
        ---
        title: Anti-social behaviour
        order: 1
        ---
        ## At a glance
        ### Rates
        ### Hotspots
        ## What the plan says about **ASB**
        #### Not in contents
        Back to [the area](../about.md).
        -- content/priorities/fraud.md --
        ---
        title: Fraud
        order: 2
        ---
        -- content/accessibility.md --
        ---
        title: Accessibility statement
        nav: false
        ---
        """;

    [Fact]
    public void Breadcrumbs_prev_next_and_menu_follow_order()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean();

        // Then
        var asb = site.Html("priorities/asb/index.html");
        Assert.Equal(["Home", "Priorities"], asb.QuerySelectorAll(".crumbs a").Select(a => a.TextContent));
        Assert.Equal("/priorities/", asb.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/priorities/fraud/", asb.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["About", "Priorities"], asb.QuerySelectorAll(".menu a").Select(a => a.TextContent));
        var home = site.Html("index.html");
        Assert.Null(home.QuerySelector("a[rel=prev]"));
        Assert.Equal("/about/", home.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        var hidden = site.Html("accessibility/index.html");
        Assert.Null(hidden.QuerySelector("a[rel=next]"));
        Assert.DoesNotContain("Accessibility", site.ReadOutput("priorities/fraud/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_of_contents_lists_h2_and_h3_with_their_ids()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean();

        // Then
        var asb = site.Html("priorities/asb/index.html");
        var toc = asb.QuerySelectorAll(".toc a").Select(a => (a.ClassName, a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(
            [("l2", "#at-a-glance", "At a glance"), ("l3", "#rates", "Rates"), ("l3", "#hotspots", "Hotspots"), ("l2", "#what-the-plan-says-about-asb", "What the plan says about ASB")],
            toc);
        foreach (var (_, href, _) in toc)
        {
            Assert.NotNull(asb.GetElementById(href![1..]));
        }
    }

    [Fact]
    public void A_heading_printed_with_an_escaped_value_keeps_its_apostrophe_in_the_contents()
    {
        // Given: the data page's way of printing a table's title into a heading
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            plan_title: "The plan's actions & measures"
            ---
            ## {{ page.params.plan_title | html.escape }}

            Text.
            """);

        // When
        site.BuildClean();

        // Then: the contents read as the heading does
        var home = site.Html("index.html");
        Assert.Equal("The plan's actions & measures", home.QuerySelector("h2")!.TextContent);
        Assert.Equal(["The plan's actions & measures"], home.QuerySelectorAll(".toc a").Select(a => a.TextContent));
    }

    [Fact]
    public void Links_and_assets_work_under_a_base_path()
    {
        // Given
        using var site = new TestSite(Site);

        // When
        site.BuildClean(new BuildOptions { BaseUrl = "https://www.example.gov.uk/community-safety/lichfield/" });

        // Then
        var about = site.Html("about/index.html");
        var links = about.QuerySelectorAll(".content a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/community-safety/lichfield/priorities/asb/#at-a-glance", "/community-safety/lichfield/priorities/"], links);
        Assert.All(about.QuerySelectorAll(".menu a, .crumbs a, a[rel]"), a => Assert.StartsWith("/community-safety/lichfield/", a.GetAttribute("href"), StringComparison.Ordinal));
        site.AssertFileContent("priorities/asb/index.html", "href=\"/community-safety/lichfield/about/\"", "url: /community-safety/lichfield/priorities/asb/|");
    }

    [Fact]
    public void Pages_generated_from_a_table_never_go_into_the_main_menu()
    {
        // Given: issue 11's trap, a page per row with no section page above them put every row in the top menu
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            See [the first area](areas/north/index.md)?
            -- content/about.md --
            ---
            title: About
            ---
            About.
            -- content/areas/area.md --
            ---
            title: "{area}"
            generate: areas
            url: /areas/{area}/
            ---
            Area.
            -- content/data/datapackage.yml --
            name: t
            resources:
              - name: areas
                path: areas.csv
                title: Areas (synthetic)
                schema:
                  fields:
                    - {name: area, type: string}
                  primaryKey: area
            -- content/data/areas.csv --
            area
            North
            South
            """.Replace("See [the first area](areas/north/index.md)?", "Hello.", StringComparison.Ordinal));

        // When
        site.Build(new Csa.Site.Building.BuildOptions { RunChecks = false });

        // Then
        var menu = site.Html("index.html").QuerySelectorAll(".menu a").Select(a => a.TextContent).ToList();
        Assert.Equal(["About"], menu);
        Assert.True(site.OutputExists("areas/north/index.html"));
    }
}
