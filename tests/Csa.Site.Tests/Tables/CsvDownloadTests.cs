using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

/// <summary>Checks the CSV downloads against formula injection (issue #29): text cells a spreadsheet would run as a formula
/// are published as text, and numbers are never touched.</summary>
public sealed class CsvDownloadTests
{
    private static readonly string Descriptor = TableSites.OneTable("notes", "Notes (synthetic)", ["{name: note, type: string}", "{name: change, type: number}"]) + """
        -- content/index.md --
        ---
        title: Home
        ---
        Hi.
        """;

    [Fact]
    public void Text_cells_that_start_like_a_formula_get_an_apostrophe_and_numbers_stay_as_written()
    {
        // Given
        using var site = new TestSite(Descriptor + """

            -- content/data/notes.csv --
            area,note,change
            North,=HYPERLINK("http://x.test";"click"),-2.5
            South,+cmd|' /C calc'!A0,1
            East,@SUM(1+1),0
            West,-2+3+cmd,-1
            Centre,"plain, quoted",3
            """);

        // When
        site.BuildClean();

        // Then
        Assert.Equal(
            "area,note,change\nNorth,\"'=HYPERLINK(\"\"http://x.test\"\";\"\"click\"\")\",-2.5\nSouth,'+cmd|' /C calc'!A0,1\nEast,'@SUM(1+1),0\nWest,'-2+3+cmd,-1\nCentre,\"plain, quoted\",3\n",
            site.ReadOutput("data/notes.csv"));
    }

    [Fact]
    public void A_table_with_no_formula_like_cell_is_published_as_written()
    {
        // Given
        const string csv = "area,note,change\nNorth,\"quoted, as written\",-2.50\n";
        using var site = new TestSite(Descriptor);
        File.WriteAllText(Path.Combine(site.Root, "content", "data", "notes.csv"), csv);

        // When
        site.BuildClean();

        // Then
        Assert.Equal(csv, site.ReadOutput("data/notes.csv"));
    }
}
