using System.Text;
using Csa.Site.Output;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: writes every table's downloads (<c>/data/NAME.csv</c>, <c>/data/NAME.json</c>) and <c>/data/datapackage.json</c>.</summary>
/// <remarks>Runs before pages render, so pages can print each file's size in its download link.</remarks>
public static class PublishTables
{
    /// <summary>Gets the published package descriptor's URL.</summary>
    public const string PackageUrl = "/data/datapackage.json";

    /// <summary>Writes the downloads.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="staging">The folder being written.</param>
    /// <returns>The downloads of each table, by table name.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> Run(SiteData data, StagingFolder staging)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(staging);
        var result = new Dictionary<string, IReadOnlyList<TableDownload>>(StringComparer.Ordinal);
        if (data.Tables.Count == 0)
        {
            return result;
        }

        var licenses = data.Package.Values.GetValueOrDefault("licenses");
        foreach (var table in data.Tables)
        {
            var name = table.Resource.Name;
            var csv = Encoding.UTF8.GetBytes(table.CsvText);
            var json = TableJsonWriter.Write(table, licenses);
            staging.WriteBytes($"{TableDownload.Folder}/{name}.csv", csv);
            staging.WriteBytes($"{TableDownload.Folder}/{name}.json", json);
            result[name] =
            [
                new TableDownload("CSV", "text/csv", $"/{TableDownload.Folder}/{name}.csv", csv.Length),
                new TableDownload("JSON", "application/json", $"/{TableDownload.Folder}/{name}.json", json.Length),
            ];
        }

        var package = DataPackageJsonWriter.Write(data, result.ToDictionary(kv => kv.Key, kv => kv.Value[0].Bytes));
        staging.WriteBytes(PackageUrl.TrimStart('/'), package);
        return result;
    }
}
