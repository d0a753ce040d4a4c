namespace Csa.Site.Tests.Tables;

/// <summary>Holds small table sites used by the table tests. The figures are synthetic test data, not from the source document.</summary>
internal static class TableSites
{
    public const string Descriptor = """
        -- content/data/datapackage.yml --
        name: test-data
        title: Synthetic test data
        licenses:
          - name: OGL-UK-3.0
            title: Open Government Licence v3.0
            path: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
        sources:
          - title: Synthetic figures for tests
            author: Test team
        resources:
          - name: ward-rates
            path: ward-rates.csv
            title: Offence rates by ward (synthetic)
            description: Synthetic rates for testing.
            period: 2018-19
            unit: offences per 1,000 residents
            sources:
              - title: Synthetic
            schema:
              fields:
                - name: ward
                  title: Ward
                  type: string
                - name: all_crime
                  title: All crime
                  type: number
                  unit: per 1,000
                - name: burglary
                  title: Burglary
                  type: number
                  unit: per 1,000
                - name: population
                  title: Population
                  type: integer
              primaryKey: ward
              missingValues: [".."]
        """;

    // Eight wards: all_crime has mean 50 and sample SD ~40.4, so Hightown (150) is > mean + 2 SD
    // and Midtown (100) is > mean + 1 SD only.
    public const string Csv = """
        -- content/data/ward-rates.csv --
        ward,all_crime,burglary,population
        Hightown,150.0,9.5,12000
        Midtown,100,4.25,8000
        Summerfield & All Saints,40.5,..,5400
        Lowtown,30,2,3000
        Eastfield,20,2,3500
        Westfield,20,1,2100
        Northfield,20,1,1800
        Southfield,19.5,1,1650
        """;

    public const string Page = """
        -- content/index.md --
        ---
        title: Home
        ---
        Hightown's rate is {{ figure 'ward-rates' 'Hightown' 'all_crime' }} and its population {{ figure 'ward-rates' 'Hightown' 'population' }}.
        Summerfield's burglary rate is {{ figure 'ward-rates' 'Summerfield & All Saints' 'burglary' }}.

        {{ table 'ward-rates' { bands: true, row_label: 'wards' } }}
        """;

    public const string Site = Descriptor + "\n" + Csv + "\n" + Page;

    /// <summary>Returns a descriptor (as a <c>-- content/data/datapackage.yml --</c> section) of one synthetic table keyed
    /// by its <c>area</c> field.</summary>
    /// <param name="name">The table's name; its CSV is <c>NAME.csv</c>.</param>
    /// <param name="title">The table's title.</param>
    /// <param name="fields">The fields after <c>area</c>, one flow mapping a line, e.g. <c>{name: rate, type: number}</c>.</param>
    /// <param name="packageLines">Lines of the package itself before <c>resources:</c>, e.g. its <c>sources:</c>.</param>
    /// <returns>The section.</returns>
    public static string OneTable(string name, string title, string[] fields, string packageLines = "") =>
        $"-- content/data/datapackage.yml --\nname: synthetic\ntitle: Synthetic tables\n{packageLines}resources:\n"
        + $"  - name: {name}\n    path: {name}.csv\n    title: {title}\n    schema:\n      fields:\n        - {{name: area, type: string}}\n"
        + string.Concat(fields.Select(f => $"        - {f}\n"))
        + "      primaryKey: area\n";
}
