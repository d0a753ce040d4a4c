using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

/// <summary>Issue #29: a table of more rows than a page can hold. No table over 100,000 rows could build with the default
/// theme (the data page printed every row and ran out of loop iterations); now the data page counts it and a page that
/// prints it is told how to choose rows.</summary>
public sealed class LongTableTests
{
    private const int Rows = 6000;

    private static TestSite Site(string page)
    {
        var site = new TestSite(TableSites.OneTable("counts", "Counts (synthetic)", ["{name: crimes, type: integer}"]) + $$"""
            -- content/site.yml --
            title: Test Partnership
            -- content/index.md --
            ---
            title: Home
            ---
            {{page}}

            See [the data](data.md).
            """, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        File.WriteAllText(Path.Combine(site.Root, "content", "data", "counts.csv"), "area,crimes\n" + string.Concat(Enumerable.Range(1, Rows).Select(i => $"Area {i},{i % 97}\n")));
        return site;
    }

    [Fact]
    public void The_data_page_counts_a_table_too_long_to_show_and_figure_sources_link_to_the_table()
    {
        // Given: a page printing one figure of the long table
        using var site = Site("Area 12 had {{ figure 'counts' 'Area 12' 'crimes' }} crimes.");

        // When
        var result = site.Build();

        // Then: the data page says how many rows there are and shows none; the figure's source links to the table
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var data = site.Html("data/index.html");
        Assert.Equal("This table has 6,000 rows, more than the 5,000 a page can show: download it to see them all.", data.QuerySelector(".csa-data-rows__too-many")!.TextContent);
        Assert.Empty(data.QuerySelectorAll("#counts ~ details tbody tr"));
        var home = site.Html("index.html");
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/data/#counts");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("/data/#counts-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_page_that_would_print_every_row_of_a_long_table_is_told_how_to_choose_rows()
    {
        // Given
        using var site = Site("{{ table 'counts' {} }}");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("content/index.md", 4, "CSA0404"), (error.Path, error.Line, error.Code));
        Assert.StartsWith("table 'counts' would print 6,000 rows, more than the 5,000 a page can show: choose rows with 'rows:', 'limit:'", error.Message, StringComparison.Ordinal);
    }
}
