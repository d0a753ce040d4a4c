using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Templates;

/// <summary>Tests "Where these figures come from": each page lists the table rows its <c>figure</c>, <c>table</c> and other data
/// calls and its charts printed from, in the order printed, each linking to its row on the data page.</summary>
public sealed class FigureSourcesTests
{
    private const string Layout = "\n-- themes/default/layouts/page.html --\n<main>{{ page.content }}{{ figure_sources }}</main>\n";

    // A data page that shows every table's rows, as the default one does.
    private const string DataPage = "\n-- content/data.md --\n---\ntitle: Data\n---\n{{ for t in data.tables }}\n## {{ t.title }} {#{{ t.name }}}\n\n{{ data_rows t.name }}\n{{ end }}\n";

    [Fact]
    public void A_page_lists_the_rows_its_figure_table_and_chart_printed_in_order_each_linking_to_its_row_on_the_data_page()
    {
        // Given: synthetic figures printed by figure, by table (one row, then a whole table) and by a chart of the top two wards.
        var page = """
            Theft: {{ figure 'area-rates' 'Theft' 'local' }}.

            {{ table 'makeup' { rows: ['Neighbour disputes'] } }}

            ```chart
            type: ranked-bars
            table: ward-rates
            category: ward
            value: all_crime
            top: 2
            title: The two highest wards
            subtitle: Offences per 1,000 residents, synthetic wards, 2018-19
            id: chart-top
            ```

            {{ table 'trend' { row_label: 'years' } }}

            Theft again: {{ figure 'area-rates' 'Theft' 'force' }}. [Data](data.md).
            """;
        using var site = ChartSites.Create(ChartSites.Data + ChartSites.Page(page) + DataPage + Layout);

        // When
        site.BuildClean();

        // Then
        var home = site.Html("index.html");
        var data = site.Html("data/index.html");
        var items = home.QuerySelectorAll(".csa-sources li").ToList();
        Assert.Equal("Where these figures come from", home.QuerySelector(".csa-sources h2")!.TextContent);
        Assert.Equal(
            [
                "Theft in “Local and force rates (synthetic)”: Synthetic figures for tests.",
                "Neighbour disputes in “Make-up of incidents (synthetic)”: Synthetic figures for tests.",
                "Hightown in “Offence rates by ward (synthetic)”: Synthetic figures for tests.",
                "Midtown in “Offence rates by ward (synthetic)”: Synthetic figures for tests.",
                "All 5 years of “Rates over time (synthetic)”: Synthetic figures for tests.",
            ],
            items.Select(li => li.TextContent));
        var links = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(["/data/#area-rates-theft", "/data/#makeup-neighbour-disputes", "/data/#ward-rates-hightown", "/data/#ward-rates-midtown", "/data/#trend"], links);
        foreach (var id in links.Take(4).Select(l => l![(l!.IndexOf('#', StringComparison.Ordinal) + 1)..]))
        {
            var row = data.GetElementById(id);
            Assert.NotNull(row);
            Assert.Equal("TR", row.TagName);
            Assert.NotNull(row.Closest("details.csa-data-rows"));
        }

        Assert.Equal("Hightown", data.GetElementById("ward-rates-hightown")!.QuerySelector("th")!.TextContent);
        Assert.NotNull(data.GetElementById("trend"));
        Assert.Equal("Show the 8 rows of “Offence rates by ward (synthetic)”", data.GetElementById("ward-rates")!.NextElementSibling!.QuerySelector("summary")!.TextContent);
        Assert.Null(data.QuerySelector(".csa-sources"));
    }

    [Fact]
    public void A_section_and_page_on_the_row_or_its_table_name_where_it_comes_from_and_each_row_has_a_unique_id()
    {
        // Given: rows naming their own section and page, a table naming its section and page, and keys that slug alike.
        var files = """
            -- content/data/datapackage.yml --
            name: t
            resources:
              - name: facts
                path: facts.csv
                title: Facts (synthetic)
                sources:
                  - title: "Report, pages 1 to 9. More words."
                schema:
                  fields:
                    - {name: id, type: string}
                    - {name: measure, type: string}
                    - {name: area, type: string}
                    - {name: value, type: number}
                    - {name: section, type: string}
                    - {name: section_page, type: integer}
                  primaryKey: id
              - name: places
                path: places.csv
                title: Places (synthetic)
                section: Appendix
                section_page: 30
                sources:
                  - title: "Report, page 30. The table has no source."
                schema:
                  fields:
                    - {name: place, type: string}
                    - {name: rate, type: number}
                  primaryKey: place
            -- content/data/facts.csv --
            id,measure,area,value,section,section_page
            rate-a,Rate,Alpha,1.5,Crime,4
            -- content/data/places.csv --
            place,rate
            St John's,2
            St Johns,3
            -- content/index.md --
            ---
            title: Home
            ---
            {{ figure 'facts' 'rate-a' 'value' }}, {{ figure 'places' "St John's" 'rate' }}, {{ rank 'places' 'St Johns' 'rate' }}, {{ mean 'facts' 'value' 1 }}. [Data](data.md).
            """ + DataPage + Layout;
        using var site = new TestSite(files, withMarkerTheme: false);

        // When
        site.BuildClean();

        // Then: the average of a table already listed adds nothing; the two keys get two ids.
        var items = site.Html("index.html").QuerySelectorAll(".csa-sources li").ToList();
        Assert.Equal(
            ["Rate, Alpha: section “Crime”, page 4.", "St John's in “Places (synthetic)”: section “Appendix”, page 30.", "St Johns in “Places (synthetic)”: section “Appendix”, page 30."],
            items.Select(li => li.TextContent));
        Assert.Equal(["/data/#facts-rate-a", "/data/#places-st-johns", "/data/#places-st-johns-2"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        var data = site.Html("data/index.html");
        Assert.Equal("St Johns", data.GetElementById("places-st-johns-2")!.QuerySelector("th")!.TextContent);
    }

    [Fact]
    public void Each_page_lists_only_its_own_rows_and_without_rows_on_the_data_page_links_go_to_the_table()
    {
        // Given: two pages of synthetic wards, a page without figures, and a data page that lists tables but not their rows.
        var files = ChartSites.Data + ChartSites.Page("Midtown {{ figure 'ward-rates' 'Midtown' 'all_crime' }}, Hightown {{ figure 'ward-rates' 'Hightown' 'burglary' }}, again {{ figure 'ward-rates' 'Midtown' 'burglary' }}. [Other](other.md), [plain](plain.md), [data](data.md).")
            + "\n-- content/other.md --\n---\ntitle: Other\n---\nLowtown {{ figure 'ward-rates' 'Lowtown' 'all_crime' }}.\n"
            + "\n-- content/plain.md --\n---\ntitle: Plain\n---\nNo figures here.\n"
            + "\n-- content/data.md --\n---\ntitle: Data\n---\n## Ward rates {#ward-rates}\n\nThe table.\n" + Layout;
        using var site = new TestSite(files, withMarkerTheme: false);

        // When
        site.BuildClean();

        // Then
        var home = site.Html("index.html").QuerySelectorAll(".csa-sources li").ToList();
        Assert.Equal(
            ["Midtown in “Offence rates by ward (synthetic)”: Synthetic figures for tests.", "Hightown in “Offence rates by ward (synthetic)”: Synthetic figures for tests."],
            home.Select(li => li.TextContent));
        Assert.All(home, li => Assert.Equal("/data/#ward-rates", li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["Lowtown in “Offence rates by ward (synthetic)”: Synthetic figures for tests."], site.Html("other/index.html").QuerySelectorAll(".csa-sources li").Select(li => li.TextContent));
        Assert.Null(site.Html("plain/index.html").QuerySelector(".csa-sources"));
    }

    [Theory]
    [InlineData("sources:\n  - title: The partnership's assessment (synthetic). Chapter two.\n", "North in “Rates (synthetic)”: The partnership's assessment (synthetic).")]
    [InlineData("", "North in “Rates (synthetic)”.")]
    public void A_table_without_sources_of_its_own_names_the_packages_or_none_never_an_empty_one(string packageSources, string expected)
    {
        // Given: sources given for the package only, as the docs' descriptor example does, or none at all (issue #23:
        // "“…” : ." was printed)
        using var site = new TestSite(TableSites.OneTable("rates", "Rates (synthetic)", ["{name: rate, type: number}"], packageSources) + """
            -- content/data/rates.csv --
            area,rate
            North,1.5
            -- content/index.md --
            ---
            title: Home
            ---
            North: {{ figure 'rates' 'North' 'rate' }}.
            """ + DataPage + Layout);

        // When
        site.BuildClean();

        // Then
        Assert.Equal(expected, Assert.Single(site.Html("index.html").QuerySelectorAll(".csa-sources li")).TextContent);
    }
}
