using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: reads <c>content/data/datapackage.yml</c> and every CSV it describes, checking each against its schema.</summary>
/// <remarks>A CSV the descriptor does not describe, and a descriptor entry without its CSV, are errors too: every file
/// published is described, and every description is published.</remarks>
public static class LoadTables
{
    /// <summary>Loads the tables; problems go to the bag.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="sources">Where file texts are recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The tables (those without problems).</returns>
    public static SiteData Run(BuildOptions options, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = Path.Combine(options.Content, ContentFiles.DataFolder);
        if (!Directory.Exists(folder))
        {
            return SiteData.Empty;
        }

        var csvFiles = SourceTree.Files(folder, "*.csv", recursive: false).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var descriptorFile = Path.Combine(folder, DataPackage.FileName);
        var descriptorPath = options.DisplayPath(descriptorFile);
        if (!File.Exists(descriptorFile))
        {
            foreach (var csv in csvFiles)
            {
                ReportUndescribed(options, folder, csv, $"no descriptor describes this table: create '{descriptorPath}' with a 'resources:' list holding", diagnostics);
            }

            return SiteData.Empty;
        }

        if (SourceText.Read(descriptorFile, descriptorPath, diagnostics) is not { } descriptorText)
        {
            return SiteData.Empty with { LoadFailed = true };
        }

        sources.Add(descriptorPath, descriptorText);
        var package = DataPackageReader.Read(descriptorText, descriptorPath, diagnostics);
        if (package is null)
        {
            return SiteData.Empty with { LoadFailed = true };
        }

        var described = package.Resources.SelectMany(r => r.PeriodField is null && r.Periods.Count > 0 ? r.Periods.Select(p => p.Path!) : [r.Path]).ToHashSet(StringComparer.Ordinal);
        foreach (var csv in csvFiles.Where(c => !described.Contains(c)))
        {
            ReportUndescribed(options, folder, csv, $"no resource in '{descriptorPath}' has 'path: {csv}'; remove the file, or add to its 'resources:'", diagnostics);
        }

        // A table with a file per period is read as one table per period, named NAME-PERIOD; every other as itself.
        var jobs = TablePeriods.Files(package, descriptorPath, descriptorText, diagnostics);
        var tables = new DataTable?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var resource = jobs[i];
            var file = Path.Combine(folder, resource.Path);
            if (!File.Exists(file))
            {
                diagnostics.Error(descriptorPath, resource.Line, 1, DiagnosticCodes.UndescribedTable, $"resource '{resource.Name}' has no file '{options.DisplayPath(file)}'", SourceText.Line(descriptorText, resource.Line));
                return;
            }

            var sitePath = options.DisplayPath(file);
            if (SourceText.Read(file, sitePath, diagnostics) is not { } text)
            {
                return;
            }

            sources.Add(sitePath, text);
            tables[i] = CsvTableReader.Read(text, sitePath, resource, diagnostics);
        });
        var broken = jobs.Where((r, i) => tables[i] is null).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var loaded = tables.OfType<DataTable>().ToList();
        var series = TablePeriods.Series(package, loaded, broken, diagnostics);
        return new SiteData(package, loaded) { Broken = broken, Series = series };
    }

    /// <summary>Reports a CSV no descriptor entry describes, at its header line, with an entry to paste into the descriptor.</summary>
    private static void ReportUndescribed(BuildOptions options, string folder, string csv, string what, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(folder, csv);
        var header = File.ReadLines(file).FirstOrDefault() ?? string.Empty;
        var columns = header.TrimStart('\uFEFF').Split(',').Select(c => c.Trim().Trim('"')).Where(c => c.Length > 0).ToList();
        var name = PageUrls.Slug(Path.GetFileNameWithoutExtension(csv));
        var fields = string.Join(", ", columns.Select((c, i) => $"{{name: {c}, title: {c}, type: {(i == 0 ? "string" : "number")}}}"));
        var entry = $"- {{name: {name}, path: {csv}, title: ..., schema: {{fields: [{fields}]{(columns.Count > 0 ? ", primaryKey: " + columns[0] : string.Empty)}}}}}";
        diagnostics.Error(options.DisplayPath(file), 1, 1, DiagnosticCodes.UndescribedTable, $"{what} an entry such as: {entry}", header);
    }
}
