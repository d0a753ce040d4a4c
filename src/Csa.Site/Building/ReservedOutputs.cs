using Csa.Site.Charts;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Lists the output files the build writes that are not pages, so no page's URL can overwrite one or be overwritten by one.</summary>
/// <remarks><c>404.html</c> is not listed: it is a page (<c>content/404.md</c> with <c>url: /404.html</c>), and two pages
/// claiming it are already reported as duplicates.</remarks>
public sealed class ReservedOutputs
{
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets an empty list, for builds and tests that publish nothing but pages.</summary>
    public static ReservedOutputs None { get; } = new();

    /// <summary>Lists what a build with these tables, theme assets and content files publishes besides its pages.</summary>
    /// <param name="data">The loaded tables: <c>/data/NAME.csv</c>, <c>/data/NAME.json</c> and <c>/data/datapackage.json</c>.</param>
    /// <param name="themeAssets">The theme's asset files, relative to the output folder (<c>assets/css/site.css</c>).</param>
    /// <param name="contentAssets">The content files copied as they are, relative to the content folder.</param>
    /// <returns>The reserved files and folders.</returns>
    /// <param name="contentFolder">The content folder as reports show it, e.g. <c>riverside</c>.</param>
    public static ReservedOutputs For(SiteData data, IEnumerable<string> themeAssets, IEnumerable<string> contentAssets, string contentFolder = "content")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(themeAssets);
        ArgumentNullException.ThrowIfNull(contentAssets);
        var reserved = new ReservedOutputs();
        reserved._folders[ChartRenderer.Folder + "/"] = "the chart files (SVG and PNG) under '/charts/'";
        reserved._files[WriteSiteFiles.SitemapFile] = "the sitemap";
        reserved._files["robots.txt"] = "robots.txt";
        reserved._files[SocialImagePainter.OutputPath] = "the social preview image";
        if (data.Tables.Count > 0)
        {
            reserved._files[PublishTables.PackageUrl.TrimStart('/')] = "the data package descriptor";
            reserved._files[PublishTables.CsvwUrl.TrimStart('/')] = "the CSVW metadata";
        }

        foreach (var table in data.Tables)
        {
            var name = table.Resource.Name;
            reserved._files[$"{TableDownload.Folder}/{name}.csv"] = $"the CSV download of table '{name}'";
            reserved._files[$"{TableDownload.Folder}/{name}.json"] = $"the JSON download of table '{name}'";
            reserved._files[$"{TableDownload.Folder}/{name}.ods"] = $"the ODS download of table '{name}'";
        }

        foreach (var asset in themeAssets)
        {
            reserved._files[asset] = "a theme asset";
        }

        foreach (var file in contentAssets)
        {
            reserved._files[file] = $"the content file '{contentFolder}/{file}'";
        }

        return reserved;
    }

    /// <summary>Returns what a page's output file would collide with: the same file, a file where it needs a folder, or a reserved folder.</summary>
    /// <param name="outputPath">The page's output file, e.g. <c>data/ward-offence-rates.csv/index.html</c>.</param>
    /// <returns>A description of the reserved file, or <see langword="null"/> when the path is free.</returns>
    public string? Collision(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        if (_files.TryGetValue(outputPath, out var file))
        {
            return $"{file} ('/{outputPath}')";
        }

        for (var slash = outputPath.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = outputPath.IndexOf('/', slash + 1))
        {
            var prefix = outputPath[..slash];
            if (_files.TryGetValue(prefix, out var blocking))
            {
                return $"{blocking} ('/{prefix}')";
            }

            // Chart files are SVG and PNG files directly in their folder; a page (index.html) there or below takes none of their names.
            if (_folders.TryGetValue(prefix + "/", out var folder) && !outputPath.EndsWith("/index.html", StringComparison.Ordinal))
            {
                return folder;
            }
        }

        return null;
    }
}
