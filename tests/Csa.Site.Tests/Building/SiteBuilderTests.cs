using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Smallest_site_builds_with_no_warnings()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Plan
            ---
            Hello **world**.
            """);

        // When
        var result = site.BuildClean();

        // Then
        Assert.Equal(1, result.Pages);
        site.AssertFileContent("index.html", "layout: page|title: Plan|url: /|", "<p>Hello <strong>world</strong>.</p>", "! draft");
        Assert.True(site.OutputExists("assets/site.css"));
    }

    [Fact]
    public void Layout_is_chosen_by_front_matter_and_partials_are_included()
    {
        // Given
        using var site = new TestSite(TestSite.MarkerTheme + """

            -- themes/default/layouts/priority.html --
            layout: priority|{{ include 'glance' }}|{{ page.params.glance.hotspot }}
            -- themes/default/layouts/partials/glance.html --
            glance partial for {{ page.title }}
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/asb.md --
            ---
            title: Anti-social behaviour
            layout: priority
            glance:
              hotspot: Chadsmead
            ---
            """);

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("asb/index.html", "layout: priority|glance partial for Anti-social behaviour|Chadsmead");
        site.AssertFileContent("index.html", "layout: page|");
    }

    [Fact]
    public void Scriban_in_markdown_prints_site_and_page_values_before_markdown()
    {
        // Given
        using var site = new TestSite("""
            -- content/site.yml --
            title: Test Partnership
            area: Lichfield District
            -- content/index.md --
            ---
            title: Home
            population: 104700
            ---
            The area is **{{ site.area }}** and this page is {{ page.title | string.downcase }}.

            {{ for n in 1..2 }}- item {{ n }}
            {{ end }}
            """);

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        Assert.Equal("Lichfield District", doc.QuerySelector(".content strong")?.TextContent);
        Assert.Contains("this page is home.", doc.QuerySelector(".content p")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["item 1", "item 2"], doc.QuerySelectorAll(".content li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Scriban_can_be_switched_off_for_a_page()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            scriban: false
            ---
            Write `{{ site.title }}` to print the site title.
            """);

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("index.html", "<code>{{ site.title }}</code>");
    }

    [Fact]
    public void Pretty_urls_and_permalinks_decide_output_files()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/priorities/_index.md --
            ---
            title: Priorities
            ---
            -- content/priorities/Domestic Abuse.md --
            ---
            title: Domestic abuse
            ---
            -- content/wards.md --
            ---
            title: Find your ward
            url: /find-your-ward/
            ---
            -- content/not-found.md --
            ---
            title: Page not found
            url: /404.html
            nav: false
            ---
            """);

        // When
        site.BuildClean();

        // Then
        site.AssertFileContent("priorities/index.html", "url: /priorities/|");
        site.AssertFileContent("priorities/domestic-abuse/index.html", "url: /priorities/domestic-abuse/|");
        site.AssertFileContent("find-your-ward/index.html", "title: Find your ward|");
        site.AssertFileContent("404.html", "title: Page not found|");
        Assert.False(site.OutputExists("wards/index.html"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/work-in-progress.md --
            ---
            title: Not ready
            draft: true
            ---
            """);

        // When
        site.BuildClean();
        var withoutDrafts = site.OutputExists("work-in-progress/index.html");
        var menuWithout = site.ReadOutput("index.html");
        site.BuildClean(new BuildOptions { IncludeDrafts = true });

        // Then
        Assert.False(withoutDrafts);
        Assert.DoesNotContain("Not ready", menuWithout, StringComparison.Ordinal);
        site.AssertFileContent("work-in-progress/index.html", "title: Not ready|");
    }

    [Fact]
    public void Pages_with_a_later_publish_date_are_left_out_until_that_date()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/plan-2027.md --
            ---
            title: Plan for 2027
            publish_date: 2027-04-01
            ---
            """);

        // When
        site.BuildClean(new BuildOptions { BuildDate = new DateOnly(2027, 3, 31) });
        var before = site.OutputExists("plan-2027/index.html");
        site.BuildClean(new BuildOptions { BuildDate = new DateOnly(2027, 4, 1) });

        // Then
        Assert.False(before);
        Assert.True(site.OutputExists("plan-2027/index.html"));
    }

    [Fact]
    public void Content_and_theme_assets_are_copied_and_data_folder_is_not_a_page_folder()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            ![A map of the wards](images/map.svg)
            -- content/images/map.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        // When
        site.BuildClean();

        // Then
        Assert.True(site.OutputExists("images/map.svg"));
        Assert.True(site.OutputExists("assets/site.css"));
        Assert.Equal("/images/map.svg", site.Html("index.html").QuerySelector(".content img")?.GetAttribute("src"));
    }
}
