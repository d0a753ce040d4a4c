using System.Globalization;
using System.Text.Json;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

public sealed class TableRenderingTests
{
    [Fact]
    public void Figures_print_from_the_data_as_written_with_thousands_separators()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var text = site.Html("index.html").QuerySelector(".content p")!.TextContent;
        Assert.Contains("Hightown's rate is 150.0 and its population 12,000.", text, StringComparison.Ordinal);
        Assert.Contains("Summerfield's burglary rate is not published.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_is_accessible_markup_with_caption_scopes_units_and_aligned_decimals()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var table = site.Html("index.html").QuerySelector("table#table-ward-rates")!;
        Assert.StartsWith("Offence rates by ward (synthetic)", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("offences per 1,000 residents, 2018-19", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal("All crime (per 1,000)", table.QuerySelectorAll("thead th")[1].TextContent);
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(8, rows.Length);
        Assert.All(rows, tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        Assert.Equal("Summerfield & All Saints", rows[2].QuerySelector("th")!.TextContent);
        Assert.Equal(["150.0", "100.0", "40.5", "30.0"], rows.Take(4).Select(r => r.QuerySelectorAll("td")[0].TextContent.Split(' ')[0].Trim()));
        Assert.Equal(["9.50", "4.25"], rows.Take(2).Select(r => r.QuerySelectorAll("td")[1].TextContent.Split(' ')[0].Trim()));
        Assert.Equal("12,000", rows[0].QuerySelectorAll("td")[2].TextContent.Trim().Split(' ')[0]);
        Assert.Equal("8,000", rows[1].QuerySelectorAll("td")[2].TextContent.Trim().Split(' ')[0]);
        Assert.All(table.QuerySelectorAll("tbody td"), td => Assert.Equal("csa-table__cell--numeric", td.ClassName));
        Assert.DoesNotContain(table.QuerySelectorAll("td, th"), cell => cell.TextContent.Trim().Length == 0);
        Assert.Equal("[x]", rows[2].QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("[x] not available", site.Html("index.html").QuerySelector(".csa-band-key")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_in_a_whole_number_column_leaves_its_figures_whole()
    {
        // Given: one population not published (issue #23: every population then printed as "12,000.0")
        using var site = new TestSite(TableSites.Site.Replace("Summerfield & All Saints,40.5,..,5400", "Summerfield & All Saints,40.5,..,..", StringComparison.Ordinal));

        // When
        site.BuildClean();

        // Then
        var rows = site.Html("index.html").QuerySelectorAll("table#table-ward-rates tbody tr");
        Assert.Equal("12,000", rows[0].QuerySelectorAll("td")[2].TextContent.Trim().Split(' ')[0]);
        Assert.Equal("[x]", rows[2].QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("its population 12,000.", site.Html("index.html").QuerySelector(".content p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Banded_cells_carry_data_band_a_visible_marker_and_a_key()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        var banded = doc.QuerySelectorAll("td[data-band]").Select(td => (td.ParentElement!.QuerySelector("th")!.TextContent, td.GetAttribute("data-band"), td.QuerySelector(".csa-table__marker")!.TextContent)).ToList();
        Assert.Contains(("Hightown", "significant", "▲▲"), banded);
        Assert.Contains(("Midtown", "above", "▲"), banded);
        Assert.DoesNotContain(banded, b => b.Item1 is "Lowtown" or "Summerfield & All Saints");
        var mean = doc.QuerySelector("tfoot tr")!;
        Assert.Equal("50.00", mean.QuerySelectorAll("td")[0].TextContent);
        var key = doc.QuerySelector(".csa-band-key")!.TextContent;
        Assert.Contains("sample standard deviation", key, StringComparison.Ordinal);
        Assert.Contains("all wards", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_exist_round_trip_and_their_links_give_format_and_size()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var csv = site.ReadOutput("data/ward-rates.csv");
        Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "content/data/ward-rates.csv")), csv);
        using var json = JsonDocument.Parse(site.ReadOutput("data/ward-rates.json"));
        var rows = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        var csvRows = csv.Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(csvRows.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = csvRows[i].Length == 4 ? csvRows[i] : [$"{csvRows[i][0]},{csvRows[i][1]}", .. csvRows[i][2..]];
            Assert.Equal(cells[0].Trim('"'), rows[i].GetProperty("ward").GetString());
            Assert.Equal(double.Parse(cells[1], CultureInfo.InvariantCulture), rows[i].GetProperty("all_crime").GetDouble());
            Assert.Equal(cells[2] == ".." ? JsonValueKind.Null : JsonValueKind.Number, rows[i].GetProperty("burglary").ValueKind);
            Assert.Equal(long.Parse(cells[3], CultureInfo.InvariantCulture), rows[i].GetProperty("population").GetInt64());
        }

        var links = site.Html("index.html").QuerySelectorAll("ul.csa-downloads a").ToList();
        Assert.Equal(["/data/ward-rates.csv", "/data/ward-rates.json", "/data/ward-rates.ods"], links.Select(a => a.GetAttribute("href")));
        var csvBytes = new FileInfo(Path.Combine(site.Output, "data/ward-rates.csv")).Length;
        Assert.Contains($"as a spreadsheet (CSV, {csvBytes} bytes)", links[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("as a data file for programs (JSON, ", links[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Datapackage_json_describes_every_table_as_a_frictionless_data_package()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        using var json = JsonDocument.Parse(site.ReadOutput("data/datapackage.json"));
        var root = json.RootElement;
        Assert.Equal("test-data", root.GetProperty("name").GetString());
        Assert.Equal("OGL-UK-3.0", root.GetProperty("licenses")[0].GetProperty("name").GetString());
        var resource = Assert.Single(root.GetProperty("resources").EnumerateArray());
        Assert.Equal("ward-rates.csv", resource.GetProperty("path").GetString());
        Assert.Equal("csv", resource.GetProperty("format").GetString());
        Assert.Equal("text/csv", resource.GetProperty("mediatype").GetString());
        Assert.Equal(new FileInfo(Path.Combine(site.Output, "data/ward-rates.csv")).Length, resource.GetProperty("bytes").GetInt64());
        Assert.Equal(["ward", "all_crime", "burglary", "population"], resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.True(site.OutputExists("data/" + resource.GetProperty("path").GetString()));
    }

    [Fact]
    public void Table_options_choose_columns_order_and_top_n()
    {
        // Given
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv + """

            -- content/index.md --
            ---
            title: Home
            ---
            {{ table 'ward-rates' { columns: ['ward', 'burglary'], sort: 'burglary', descending: true, limit: 3, caption: 'Top three for burglary' } }}
            """);

        // When
        site.BuildClean();

        // Then
        var table = site.Html("index.html").QuerySelector("table")!;
        Assert.StartsWith("Top three for burglary", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ward", "Burglary (per 1,000)"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Hightown", "Midtown", "Lowtown"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Bands_compare_with_every_row_even_when_only_some_rows_are_shown()
    {
        // Given: a regression guard; banding the two rows shown would compare Hightown with Midtown only.
        using var site = new TestSite(TableSites.Descriptor + "\n" + TableSites.Csv + """

            -- content/index.md --
            ---
            title: Home
            ---
            {{ table 'ward-rates' { rows: ['Hightown', 'Lowtown'], bands: true } }}
            """);

        // When
        site.BuildClean();

        // Then
        var cells = site.Html("index.html").QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td")[0].GetAttribute("data-band")).ToList();
        Assert.Equal(["significant", null], cells);
        Assert.Equal("50.00", site.Html("index.html").QuerySelector("tfoot td")!.TextContent);
    }
}
