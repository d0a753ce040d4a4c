using Csa.Site.Charts;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Fuzzing;

/// <summary>Inputs that made a reader throw when fuzzed (<see cref="ReaderFuzzTests"/>), kept so each stays a diagnostic.</summary>
public sealed class FuzzRegressionTests
{
    // Fuzz seed "bw-mMZN5wrZ1": YamlDotNet threw ArgumentException ("The current event is of an unsupported type")
    // for a mangled flow mapping; the YAML readers only caught YamlException and InvalidOperationException.
    private const string MangledFlowMapping = "type: paired\ntable: recorded-crime-rates\ncategory: offence_type\nvalues:\n  - {field: csp_area, label: Lichfield}\n  - : Staffordshire fofield's ratrce area}\nwhere: {category: Victim-based offences, p\"reoffences, p\"rent_offence_type: ..}\ntitle: Liches are below the f orce area's for mo{st crimes\nsubtitle: Recorded crime per 1,000 residents, Lichfield and Sta'ffordshire force area, 2018-19\n";

    [Fact]
    public void Chart_block_with_a_mangled_flow_mapping_is_CSA0501()
    {
        // Given
        var problems = new List<ChartProblem>();

        // When
        var spec = ChartSpecReader.Read(MangledFlowMapping, problems);

        // Then
        Assert.Null(spec);
        Assert.Equal(DiagnosticCodes.BadChartBlock, Assert.Single(problems).Code);
    }

    [Fact]
    public void Front_matter_with_a_mangled_flow_mapping_is_CSA0101()
    {
        // Given
        var diagnostics = new DiagnosticBag();

        // When
        FrontMatterReader.Read("content/fuzz.md", "fuzz.md", "---\ntitle: Fuzz\n" + MangledFlowMapping + "---\nBody.\n", diagnostics);

        // Then
        Assert.Equal(DiagnosticCodes.BadFrontMatter, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void Descriptor_with_a_mangled_flow_mapping_is_CSA0401()
    {
        // Given
        var diagnostics = new DiagnosticBag();

        // When
        DataPackageReader.Read("name: x\n" + MangledFlowMapping, "content/data/datapackage.yml", diagnostics);

        // Then
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.BadDataDescriptor);
    }

    [Fact]
    public void Csv_whose_header_names_a_column_twice_is_CSA0402_not_a_crash()
    {
        // Given: fuzz seed "35fD2dZRkGQ1" duplicated a header name; the CSV library threw ArgumentException.
        var descriptor = Csa.Site.Tests.Tables.TableSites.Descriptor;
        var package = DataPackageReader.Read(descriptor[(descriptor.IndexOf('\n', StringComparison.Ordinal) + 1)..], "content/data/datapackage.yml", new DiagnosticBag())!;
        var resource = package.Resources.First(r => r.Name == "ward-rates");
        var names = resource.Schema.Fields.Select(f => f.Name).ToList();
        var csv = string.Join(',', names.Append(names[1])) + "\n" + string.Join(',', names.Select(_ => "1")) + ",1\n";
        var diagnostics = new DiagnosticBag();

        // When
        var table = CsvTableReader.Read(csv, "content/data/ward-rates.csv", resource, diagnostics);

        // Then
        Assert.Null(table);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.BadTableData, 1), (error.Code, error.Line));
        Assert.Contains("header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_block_whose_mapping_names_a_key_twice_with_a_tag_is_CSA0501_at_the_second_key()
    {
        // Given: fuzz seed "86IpU2svswT1" gave one flow mapping "label" and "! label"; YamlDotNet kept both (their tags
        // differ) and turning the mapping into a dictionary threw ArgumentException.
        const string yaml = "type: paired\ntable: recorded-crime-rates\ncategory: offence_type\nvalues:\n"
            + "  - {field: csp_area, label: Lichfield, ! label: Staffordshire}\ntitle: Crime\n";
        var problems = new List<ChartProblem>();

        // When
        var spec = ChartSpecReader.Read(yaml, problems);

        // Then
        Assert.Null(spec);
        var problem = Assert.Single(problems);
        Assert.Equal(DiagnosticCodes.BadChartBlock, problem.Code);
        Assert.Contains("'label' is given twice", problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
    }
}
