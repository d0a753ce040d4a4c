using System.Text;
using Csa.Site.Configuration;
using Csa.Site.Output;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: writes every table's downloads (<c>/data/NAME.csv</c>, <c>/data/NAME.json</c>, <c>/data/NAME.ods</c>),
/// <c>/data/datapackage.json</c> and the CSVW metadata <c>/data/csv-metadata.json</c>.</summary>
/// <remarks>Runs before pages render, so pages can print each file's size in its download link.</remarks>
public static class PublishTables
{
    /// <summary>Gets the published package descriptor's URL.</summary>
    public const string PackageUrl = SitePaths.DataPackage;

    /// <summary>Gets the CSVW metadata's URL: the folder-wide location beside the CSV files.</summary>
    public const string CsvwUrl = "/data/" + CsvwMetadataWriter.FileName;

    /// <summary>Writes the downloads.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="config">The site settings: the language and contact written into each spreadsheet.</param>
    /// <returns>The downloads of each table, by table name.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> Run(SiteData data, StagingFolder staging, SiteConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(staging);
        var result = new Dictionary<string, IReadOnlyList<TableDownload>>(StringComparer.Ordinal);
        if (data.Tables.Count == 0)
        {
            return result;
        }

        var licenses = data.Package.Values.GetValueOrDefault("licenses");
        var licence = SpreadsheetDetails.Licence(licenses);
        var contact = SpreadsheetDetails.Contact(config?.Values.Get("contact"));
        // Each table's files are made independently, in parallel; the list keeps the tables' order.
        var made = new IReadOnlyList<TableDownload>[data.Tables.Count];
        Parallel.For(0, data.Tables.Count, i =>
        {
            var table = data.Tables[i];
            var name = table.Resource.Name;
            var csv = Encoding.UTF8.GetBytes(CsvDownload.Text(table));
            var json = TableJsonWriter.Write(table, licenses);
            staging.WriteBytes($"{TableDownload.Folder}/{name}.csv", csv);
            staging.WriteBytes($"{TableDownload.Folder}/{name}.json", json);
            var ods = OdsTableWriter.Write(table, licence, contact, config?.Language ?? "en-GB");
            staging.WriteBytes($"{TableDownload.Folder}/{name}.ods", ods);
            made[i] =
            [
                new TableDownload("CSV", "text/csv", $"/{TableDownload.Folder}/{name}.csv", csv.Length),
                new TableDownload("JSON", "application/json", $"/{TableDownload.Folder}/{name}.json", json.Length),
                new TableDownload("ODS", OdsPackage.MediaType, $"/{TableDownload.Folder}/{name}.ods", ods.Length),
            ];
        });
        for (var i = 0; i < made.Length; i++)
        {
            result[data.Tables[i].Resource.Name] = made[i];
        }

        var package = DataPackageJsonWriter.Write(data, result.ToDictionary(kv => kv.Key, kv => kv.Value[0].Bytes), result);
        staging.WriteBytes(PackageUrl.TrimStart('/'), package);
        staging.WriteBytes(CsvwUrl.TrimStart('/'), CsvwMetadataWriter.Write(data));
        return result;
    }
}
