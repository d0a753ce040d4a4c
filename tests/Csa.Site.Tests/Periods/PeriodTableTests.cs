using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Periods;

/// <summary>Tables of several periods: read from a file per period or a period column, compared, and published (issue 11).</summary>
public sealed class PeriodTableTests
{
    [Fact]
    public void A_table_with_a_file_per_period_publishes_each_period_and_the_name_alone_finds_the_latest()
    {
        // Given
        using var site = PeriodSites.Create("""
            -- content/latest.md --
            ---
            title: Latest
            ---
            Latest {{ figure 'ward-rates' 'Northfield' 'all_crime' }}, earlier {{ figure 'ward-rates@2019-20' 'Northfield' 'all_crime' }}, South {{ figure 'area-counts@2018-19' 'South' 'crimes' }}.
            """);
        site.WriteFiles("-- content/index.md --\n---\ntitle: Home\n---\nSee [crime by ward](wards.md) and [the latest](latest.md).\n");

        // When
        site.BuildClean();

        // Then
        Assert.Equal("Latest 55.0, earlier 50.0, South 80.", site.Html("latest/index.html").QuerySelector(".csa-prose p")!.TextContent);
        Assert.True(site.OutputExists("data/ward-rates-2019-20.csv"));
        Assert.True(site.OutputExists("data/ward-rates-2020-21.ods"));
        Assert.Contains("North,2018-19,100", site.ReadOutput("data/area-counts.csv"), StringComparison.Ordinal);
        Assert.False(site.OutputExists("data/ward-rates.csv"));
    }

    [Fact]
    public void A_change_table_shows_both_years_the_change_in_words_and_the_changed_definition()
    {
        // Given
        using var site = PeriodSites.Create();

        // When
        site.BuildClean();
        var page = site.Html("wards/index.html");

        // Then
        var table = page.QuerySelector("table#change-ward-rates-all-crime")!;
        Assert.Equal(["Ward", "2019-20", "2020-21", "Compared with 2019-20"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["Northfield", "50.0", "55.0", "▲ up 5.0 (10% higher)"], rows[0]);
        Assert.Equal(["Southmead", "40.0", "40.0", "= no change"], rows[1]);
        Assert.Equal(["Eastgate", "0", "3.0", "▲ up 3.0"], rows[2]);
        Assert.Equal("up", table.QuerySelector("tbody td[data-change]")!.GetAttribute("data-change"));
        var note = page.QuerySelector("#change-ward-rates-all-crime-note")!;
        Assert.Contains("not counted the same way", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("From 2020-21: Shoplifting is counted in all crime (synthetic note).", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("change-ward-rates-all-crime-note", table.GetAttribute("aria-describedby"));
        var downloads = page.QuerySelectorAll("table#change-ward-rates-all-crime ~ * a, .csa-table-region:has(#change-ward-rates-all-crime) ~ * a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/ward-rates-2019-20.csv", downloads);
        Assert.Contains("/data/ward-rates-2020-21.csv", downloads);
        Assert.Contains("North: down 30 (25% lower).", page.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_periods_without_a_changed_definition_prints_no_note()
    {
        // Given
        using var site = PeriodSites.Create("""
            -- content/counts.md --
            ---
            title: Counts
            ---
            {{ change_table 'area-counts' 'crimes' { from: '2018-19', to: '2019-20', caption: 'Crimes, two years' } }}
            """);
        site.WriteFiles("-- content/index.md --\n---\ntitle: Home\n---\nSee [crime by ward](wards.md) and [counts](counts.md).\n");

        // When
        site.BuildClean();
        var page = site.Html("counts/index.html");

        // Then
        Assert.Null(page.QuerySelector(".csa-period-note"));
        var rows = page.QuerySelectorAll("table#change-area-counts-crimes tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["North", "100", "120", "▲ up 20 (20% higher)"], rows[0]);
        Assert.Equal(["South", "80", "60", "▼ down 20 (25% lower)"], rows[1]);
        Assert.Equal("Crimes, two years", page.QuerySelector("table#change-area-counts-crimes caption")!.TextContent);
    }

    [Theory]
    [InlineData("{{ change_table 'ward-rates' 'all_crime' { from: '2017-18' } }}", "has no period '2017-18'")]
    [InlineData("{{ change_table 'ward-rates' 'nothing' }}", "has no field 'nothing'")]
    [InlineData("{{ change_table 'ward-rates' 'all_crime' { from: '2020-21', to: '2019-20' } }}", "'from' (2020-21) must be an earlier period than 'to' (2019-20)")]
    [InlineData("{{ period_change 'area-counts' 'North' 'crimes' { from: '2020-21', to: '2020-21' } }}", "'from' (2020-21) must be an earlier period than 'to' (2020-21)")]
    [InlineData("{{ figure 'ward-rates@2030-31' 'Northfield' 'all_crime' }}", "table 'ward-rates' has no period '2030-31'; its periods are: 2019-20, 2020-21")]
    public void A_wrong_period_or_field_is_an_error_at_the_page(string call, string expected)
    {
        // Given
        using var site = PeriodSites.Create($"-- content/bad.md --\n---\ntitle: Bad\n---\n{call}\n");

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path == "content/bad.md" && d.Line == 4 && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_period_says_it_has_no_earlier_year_to_compare_with()
    {
        // Given
        using var site = PeriodSites.Create("""
            -- content/first.md --
            ---
            title: First
            ---
            {{ change_table 'area-counts' 'crimes' { to: '2018-19' } }}

            North: {{ period_change 'area-counts' 'North' 'crimes' { to: '2018-19' } }}.
            """);
        site.WriteFiles("-- content/index.md --\n---\ntitle: Home\n---\nSee [crime by ward](wards.md) and [the first year](first.md).\n");

        // When
        site.BuildClean();
        var page = site.Html("first/index.html");

        // Then
        Assert.Null(page.QuerySelector("table#change-area-counts-crimes"));
        Assert.Equal("2018-19 is the first year of these figures, so there is no earlier year to compare it with.", page.QuerySelector("#change-area-counts-crimes")!.TextContent);
        Assert.Contains("North: no earlier figure to compare with.", page.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_a_period_the_descriptor_does_not_list_is_an_error_at_its_line()
    {
        // Given
        using var site = PeriodSites.Create();
        site.WriteFiles("-- content/data/area-counts.csv --\narea,year,crimes\nNorth,2018-19,100\nNorth,2021-22,5\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0402");
        Assert.Equal(("content/data/area-counts.csv", 3), (error.Path, error.Line));
        Assert.Contains("'2021-22' in 'year' is not one of the periods", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period_field: year\n    periods: [2018-19]\n    primaryKeyOnlyYear: true", "must be part of the primary key")]
    [InlineData("period_field: nope", "is not a field")]
    [InlineData("period_field: year\n    periods: [2018-19, 2018-19]", "listed twice")]
    [InlineData("periods: [2018-19]", "give each period its 'path' under 'periods:'")]
    public void A_wrong_periods_entry_is_an_error_in_the_descriptor(string entry, string expected)
    {
        // Given
        var key = expected == "must be part of the primary key" ? "primaryKey: area" : "primaryKey: [area, year]";
        using var site = new TestSite($$"""
            -- content/index.md --
            ---
            title: Home
            ---
            Home.
            -- content/data/datapackage.yml --
            name: t
            title: T
            resources:
              - name: counts
                path: counts.csv
                title: Counts (synthetic)
                {{entry.Replace("\n    primaryKeyOnlyYear: true", string.Empty, StringComparison.Ordinal)}}
                schema:
                  fields:
                    - {name: area, title: Area, type: string}
                    - {name: year, title: Year, type: string}
                  {{key}}
            -- content/data/counts.csv --
            area,year
            North,2018-19
            """);

        // When
        var result = site.Build();

        // Then
        Assert.Contains(result.Diagnostics, d => d.Code == "CSA0401" && d.Path == "content/data/datapackage.yml" && d.Message.Contains(expected, StringComparison.Ordinal));
    }
}
