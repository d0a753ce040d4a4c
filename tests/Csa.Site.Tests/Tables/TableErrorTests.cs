using Csa.Site.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

public sealed class TableErrorTests
{
    // Scriban reports a failing call at the function's name, so columns point there.
    public static TheoryData<string, string, string, int, int, string> Faults => new()
    {
        // CSV problems: file, line, column, and the field or row named in the message.
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary\nHightown,1,2\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 1, 1, "missing column(s) 'population'" },
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\nHightown,1,2,3\nMidtown,1,2\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 3, 1, "this row has 3 cells" },
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\nHightown,1,2,3\nMidtown,12%,2,3\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 3, 9, "field 'all_crime': '12%' is not a number" },
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\n\"Town, East\",1,2,\"1,200\"\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 2, 18, "field 'population': '1,200' is not a whole number" },
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\nHightown,1,2,3\nHightown,4,5,6\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 3, 1, "duplicate primary key 'Hightown': line 2" },
        { "-- content/data/ward-rates.csv --\n\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 1, 1, "the file is empty" },
        { "-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\n", DiagnosticCodes.BadTableData, "content/data/ward-rates.csv", 1, 1, "has a header but no rows" },
        { "-- content/data/extra.csv --\na,b\n1,2\n", DiagnosticCodes.UndescribedTable, "content/data/extra.csv", 1, 1, "no resource in 'content/data/datapackage.yml' has 'path: extra.csv'" },
        { "-- content/data/datapackage.yml --\nname: x\ntitle: [oops\n", DiagnosticCodes.BadDataDescriptor, "content/data/datapackage.yml", 3, 1, "not valid YAML" },
        { "-- content/data/datapackage.yml --\nname: x\nresources:\n  - name: ward-rates\n    title: T\n    schema:\n      fields:\n        - name: ward\n          type: text\n      primaryKey: ward\n", DiagnosticCodes.BadDataDescriptor, "content/data/datapackage.yml", 8, 17, "unknown type 'text'" },
        { "-- content/index.md --\n---\ntitle: Home\n---\nIntro.\nRate: {{ figure 'ward-ratez' 'Hightown' 'all_crime' }}\n", DiagnosticCodes.UnknownTableReference, "content/index.md", 5, 10, "unknown table 'ward-ratez'; the tables are: ward-rates" },
        { "-- content/index.md --\n---\ntitle: Home\n---\nRate: {{ figure 'ward-rates' 'Hightown' 'robbery' }}\n", DiagnosticCodes.UnknownTableReference, "content/index.md", 4, 10, "has no field 'robbery'" },
        { "-- content/index.md --\n---\ntitle: Home\n---\nRate: {{ figure 'ward-rates' 'Nowhere' 'all_crime' }}\n", DiagnosticCodes.UnknownTableReference, "content/index.md", 4, 10, "no row with key 'Nowhere'" },
        { "-- content/index.md --\n---\ntitle: Home\n---\n{{ table 'ward-rates' { columns: ['ward', 'robbery'] } }}\n", DiagnosticCodes.UnknownTableReference, "content/index.md", 4, 4, "has no field 'robbery'" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_table_fault_names_file_line_column_and_field_and_leaves_output_untouched(string fault, string code, string path, int line, int column, string message)
    {
        // Given
        using var site = new TestSite(TableSites.Site);
        site.BuildClean();
        var before = site.HashOutput();
        site.WriteFiles(fault);

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, path, line), (error.Code, error.Path, error.Line));
        Assert.True(column == 0 || error.Column == column, $"expected column {column}: {error}");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void A_descriptor_entry_without_its_csv_is_an_error_at_the_entry()
    {
        // Given
        using var site = new TestSite(TableSites.Descriptor + "\n-- content/index.md --\n---\ntitle: Home\n---\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UndescribedTable, "content/data/datapackage.yml", 11), (error.Code, error.Path, error.Line));
        Assert.Contains("has no file 'content/data/ward-rates.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_broken_table_is_reported_in_one_build()
    {
        // Given
        using var site = new TestSite(TableSites.Site + "\n-- content/data/stray.csv --\na\n1\n");
        site.WriteFiles("-- content/data/ward-rates.csv --\nward,all_crime,burglary,population\nA,x,1,1\nB,1,y,1\nA,1,1,1\n");

        // When
        var result = site.Build();

        // Then
        Assert.Equal(4, result.Errors);
        Assert.Equal([2, 3, 4], result.Diagnostics.Where(d => d.Path.EndsWith("ward-rates.csv", StringComparison.Ordinal)).Select(d => d.Line));
    }
}
