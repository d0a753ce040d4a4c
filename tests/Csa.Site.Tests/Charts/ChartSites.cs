using Csa.Site.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Holds small chart sites. Every figure here is synthetic test data, not from the source document.</summary>
internal static class ChartSites
{
    public const string Data = """
        -- content/data/datapackage.yml --
        name: chart-test-data
        title: Synthetic chart test data
        resources:
          - name: ward-rates
            path: ward-rates.csv
            title: Offence rates by ward (synthetic)
            period: 2018-19
            unit: offences per 1,000 residents
            sources:
              - title: Synthetic figures for tests
            schema:
              fields:
                - name: ward
                  title: Ward
                  type: string
                - name: all_crime
                  title: All crime
                  type: number
                  unit: per 1,000 residents
                - name: burglary
                  title: Burglary
                  type: number
              primaryKey: ward
              missingValues: [".."]
          - name: area-rates
            path: area-rates.csv
            title: Local and force rates (synthetic)
            period: 2018-19
            sources:
              - title: Synthetic figures for tests
            schema:
              fields:
                - name: offence
                  title: Offence type
                  type: string
                - name: category
                  title: Category
                  type: string
                - name: local
                  title: CSP area
                  type: number
                  unit: per 1,000 residents
                - name: force
                  title: Force area
                  type: number
                  unit: per 1,000 residents
              primaryKey: offence
          - name: trend
            path: trend.csv
            title: Rates over time (synthetic)
            sources:
              - title: Synthetic figures for tests
            schema:
              fields:
                - name: year
                  title: Year
                  type: string
                - name: local
                  title: Local
                  type: number
                  unit: per 1,000 residents
                - name: force
                  title: Force
                  type: number
              primaryKey: year
              missingValues: [".."]
          - name: makeup
            path: makeup.csv
            title: Make-up of incidents (synthetic)
            sources:
              - title: Synthetic figures for tests
            schema:
              fields:
                - name: kind
                  title: Kind of incident
                  type: string
                - name: count
                  title: Incidents
                  type: integer
              primaryKey: kind
        -- content/data/ward-rates.csv --
        ward,all_crime,burglary
        Hightown,150.0,9.5
        Midtown,100,4.25
        Summerfield & All Saints,40.5,..
        Lowtown,30,2
        Eastfield,20,2
        Westfield,20,1
        Northfield,20,1
        Southfield,19.5,1
        -- content/data/area-rates.csv --
        offence,category,local,force
        All crime,Total,58.8,76.1
        Burglary,Victim-based offences,5.9,5.2
        Theft,Victim-based offences,13.4,16.6
        Violence against the Person - Stalking and Harassment,Victim-based offences,6.5,8.6
        Drug offences,Crimes against society,1.3,1.7
        -- content/data/trend.csv --
        year,local,force
        2014-15,48.2,70.1
        2015-16,51.0,72.3
        2016-17,..,74.0
        2017-18,57.9,75.2
        2018-19,58.8,76.1
        -- content/data/makeup.csv --
        kind,count
        Rowdy and inconsiderate behaviour,1350
        Neighbour disputes,416
        All other ASB,291
        Nuisance vehicles,166
        A tiny category with a long name that has to wrap,12
        """;

    public const string RankedChart = """
        ```chart
        type: ranked-bars
        table: ward-rates
        category: ward
        value: all_crime
        title: Hightown has the highest rate
        subtitle: Offences per 1,000 residents, synthetic wards, 2018-19
        reference: [mean, +1sd, +2sd]
        highlight: [Midtown]
        id: chart-wards
        ```
        """;

    public const string PairedChart = """
        ```chart
        type: paired
        table: area-rates
        category: offence
        values:
          - {field: local, label: CSP area}
          - {field: force, label: Force area}
        title: The CSP area is lower for most offences
        subtitle: Offences per 1,000 residents, synthetic areas, 2018-19
        id: chart-paired
        ```
        """;

    public const string LineChart = """
        ```chart
        type: line
        table: trend
        x: year
        values: [local, force]
        reference: {label: England, value: 80}
        title: Rates rose in both areas
        subtitle: Offences per 1,000 residents, synthetic areas, 2014-15 to 2018-19
        id: chart-trend
        ```
        """;

    public const string PartChart = """
        ```chart
        type: part-to-whole
        table: makeup
        category: kind
        value: count
        sort: descending
        title: Most incidents are rowdy behaviour
        subtitle: Incidents by kind, synthetic area, 2018-19
        id: chart-makeup
        ```
        """;

    /// <summary>Returns a page with the given Markdown body, front matter first (the body starts on line 4).</summary>
    public static string Page(string body) => "\n-- content/index.md --\n---\ntitle: Home\n---\n" + body + "\n";

    public static string AllCharts => Data + "\n" + Page("Intro.\n\n" + RankedChart + "\n\n" + PairedChart + "\n\n" + LineChart + "\n\n" + PartChart);

    /// <summary>Creates a test site and copies the theme's chart fonts into it.</summary>
    public static TestSite Create(string files, bool withFonts = true)
    {
        var site = new TestSite(files);
        if (withFonts)
        {
            var fonts = Path.Combine(site.Root, "themes", "default", "fonts");
            Directory.CreateDirectory(fonts);
            foreach (var file in new[] { ChartFonts.RegularFile, ChartFonts.BoldFile })
            {
                File.Copy(Path.Combine(RepositoryRoot.Find(), "themes", "default", file), Path.Combine(site.Root, "themes", "default", file), overwrite: true);
            }
        }

        return site;
    }
}
