using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Components;

/// <summary>Tests that components come from the theme: a theme's own <c>components/NAME.html</c> replaces the default everywhere.</summary>
public sealed class ComponentRendererTests
{
    private const string Replacement = """
        -- themes/default/components/downloads.html --
        <ol class="csa-downloads csa-downloads--replaced">{{ for item in items }}<li><a href="{{ item.url }}" download>{{ item.format }}</a></li>{{ end }}</ol>
        """;

    [Fact]
    public void A_theme_copy_with_one_component_replaced_uses_it_on_every_page_and_in_every_component()
    {
        // Given: a copy of the default theme whose downloads component is replaced; downloads appear under a table, alone and in a chart.
        using var site = new TestSite(ChartSites.Data + "\n" + """
            -- content/index.md --
            ---
            title: Home
            ---
            {{ table 'ward-rates' {} }}

            ```chart
            type: ranked-bars
            table: ward-rates
            category: ward
            value: all_crime
            title: Hightown has the highest rate
            subtitle: Offences per 1,000 residents, synthetic wards, 2018-19
            ```
            -- content/about.md --
            ---
            title: About
            ---
            See [home](index.md).

            {{ downloads 'ward-rates' }}
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            ---
            See [home](index.md).
            """ + "\n-- themes/placeholder.txt --\n");
        site.CopyFromRepository("themes/default");
        site.WriteFiles(Replacement);

        // When
        site.BuildClean();

        // Then
        var home = site.Html("index.html");
        var about = site.Html("about/index.html");
        Assert.Equal(2, home.QuerySelectorAll("ol.csa-downloads--replaced").Length);
        Assert.Single(about.QuerySelectorAll("ol.csa-downloads--replaced"));
        Assert.Empty(home.QuerySelectorAll("ul.csa-downloads").Concat(about.QuerySelectorAll("ul.csa-downloads")));
        Assert.Equal(["CSV", "JSON", "ODS", "SVG", "PNG"], home.QuerySelectorAll("figure ol.csa-downloads--replaced a").Select(a => a.TextContent));
        Assert.NotNull(home.QuerySelector("figure .csa-chart__graphic svg"));
    }

    [Fact]
    public void A_theme_without_components_gets_the_built_in_defaults()
    {
        // Given: the marker theme has no components folder.
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        Assert.NotNull(doc.QuerySelector(".csa-table-region > table.csa-table"));
        Assert.Equal(3, doc.QuerySelectorAll("ul.csa-downloads a").Length);
    }

    [Fact]
    public void A_component_prints_model_values_escaped()
    {
        // Given: a ward whose name has an ampersand and a caption with markup.
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv + "\n" + """
            -- content/index.md --
            ---
            title: Home
            ---
            {{ table 'ward-rates' { caption: '<b>Rates</b> & more' } }}
            """);

        // When
        site.BuildClean();

        // Then
        var html = site.ReadOutput("index.html");
        Assert.Contains("&lt;b&gt;Rates&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains(">Summerfield &amp; All Saints</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_that_fails_is_an_error_naming_the_component_and_the_page_line()
    {
        // Given: the theme's table component prints a variable its model does not have.
        using var site = new TestSite(TestSite.MarkerTheme + "\n" + TableSites.Site + """

            -- themes/default/components/table.html --
            <table>{{ captions }}</table>
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Csa.Site.Diagnostics.Severity.Error);
        Assert.Equal(("content/index.md", 7, "CSA0203"), (error.Path, error.Line, error.Code));
        Assert.Contains("themes/default/components/table.html:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("captions", error.Message, StringComparison.Ordinal);
    }
}
