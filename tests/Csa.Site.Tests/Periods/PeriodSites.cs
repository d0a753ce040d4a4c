using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Periods;

/// <summary>A small synthetic site whose tables hold several years: one with a file per year, one with a year column.
/// Every figure is synthetic, made up for these tests.</summary>
internal static class PeriodSites
{
    /// <summary>Gets the descriptor and CSV files.</summary>
    public const string Data = """
        -- content/data/datapackage.yml --
        name: synthetic-years
        title: Synthetic data of several years, for tests
        resources:
          - name: ward-rates
            title: Crime per 1,000 people by ward (synthetic)
            unit: crimes per 1,000 people
            periods:
              - {period: 2019-20, path: ward-rates-2019-20.csv}
              - {period: 2020-21, path: ward-rates-2020-21.csv, definition: "Shoplifting is counted in all crime (synthetic note)."}
            schema:
              fields:
                - {name: ward, title: Ward, type: string}
                - {name: all_crime, title: All crime, type: number}
                - {name: asb, title: ASB, type: number}
              primaryKey: ward
              missingValues: [".."]
          - name: area-counts
            path: area-counts.csv
            title: Crimes recorded (synthetic)
            period_field: year
            periods: [2018-19, 2019-20, 2020-21]
            schema:
              fields:
                - {name: area, title: Area, type: string}
                - {name: year, title: Year, type: string}
                - {name: crimes, title: Crimes, type: integer}
              primaryKey: [area, year]
        -- content/data/ward-rates-2019-20.csv --
        ward,all_crime,asb
        Northfield,50.0,10.0
        Southmead,40.0,..
        Eastgate,0,5.5
        -- content/data/ward-rates-2020-21.csv --
        ward,all_crime,asb
        Northfield,55.0,8.0
        Southmead,40.0,6.0
        Eastgate,3.0,5.5
        -- content/data/area-counts.csv --
        area,year,crimes
        North,2018-19,100
        South,2018-19,80
        North,2019-20,120
        South,2019-20,60
        North,2020-21,90
        South,2020-21,60
        """;

    /// <summary>Gets the pages: a home page and a page of several years.</summary>
    public const string Pages = """
        -- content/site.yml --
        title: Synthetic Partnership
        -- content/index.md --
        ---
        title: Home
        ---
        See [crime by ward](wards.md).
        -- content/wards.md --
        ---
        title: Crime by ward
        summary: How much crime each ward had.
        periods: ward-rates
        ---
        ## The year {{ page.period }}

        Northfield had {{ figure ('ward-rates@' + page.period) 'Northfield' 'all_crime' }} crimes per 1,000 people.

        {{ table ('ward-rates@' + page.period) {} }}

        ## Compared with the year before

        {{ change_table 'ward-rates' 'all_crime' }}

        North: {{ period_change 'area-counts' 'North' 'crimes' }}.
        """;

    /// <summary>Creates the site with the default theme.</summary>
    public static TestSite Create(string extra = "")
    {
        var site = new TestSite(Data + "\n" + Pages + "\n" + extra, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        return site;
    }
}
