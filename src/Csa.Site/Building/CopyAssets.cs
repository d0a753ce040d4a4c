using Csa.Site.Content;
using Csa.Site.Output;

namespace Csa.Site.Building;

/// <summary>Stage: copies the theme's <c>assets/</c> to <c>/assets/</c> and every non-Markdown content file to the same path.</summary>
public static class CopyAssets
{
    /// <summary>Gets the theme folder whose files are published under <c>/assets/</c>.</summary>
    public const string ThemeAssetsFolder = "assets";

    /// <summary>Copies the files.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="contentFiles">The content files to copy (relative to the content folder).</param>
    /// <param name="staging">The folder being written.</param>
    /// <returns>The number of files copied.</returns>
    public static int Run(BuildOptions options, IReadOnlyCollection<string> contentFiles, StagingFolder staging)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contentFiles);
        ArgumentNullException.ThrowIfNull(staging);
        var assets = Path.Combine(options.Theme, ThemeAssetsFolder);
        var themeFiles = SourceTree.Files(assets);
        foreach (var file in themeFiles)
        {
            staging.CopyFile(file, ThemeAssetsFolder + "/" + Path.GetRelativePath(assets, file).Replace('\\', '/'));
        }

        // Names on disk are their site paths except where the file name was not in Unicode form C: only then walk the
        // content folder again to find it.
        Dictionary<string, string>? onDisk = null;
        foreach (var relative in contentFiles)
        {
            var full = Path.Combine(options.Content, relative);
            if (!File.Exists(full))
            {
                onDisk ??= ContentFiles.List(options.Content).ToDictionary(f => f.SitePath, f => f.FullPath, StringComparer.Ordinal);
                full = onDisk[relative];
            }

            staging.CopyFile(full, relative);
        }

        return themeFiles.Count + contentFiles.Count;
    }

    /// <summary>Lists the theme's asset files as they are published, relative to the output folder (<c>assets/css/site.css</c>).</summary>
    /// <param name="options">The build options.</param>
    /// <returns>The output paths.</returns>
    public static IReadOnlyList<string> ThemeAssets(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var assets = Path.Combine(options.Theme, ThemeAssetsFolder);
        return Directory.Exists(assets)
            ? [.. Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => ThemeAssetsFolder + "/" + Path.GetRelativePath(assets, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Lists the content files that are copied: everything in <c>content/</c> that is not a page, a table or <c>site.yml</c>.</summary>
    /// <param name="options">The build options.</param>
    /// <returns>The relative paths.</returns>
    public static IReadOnlySet<string> ContentAssets(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ContentFiles.Enumerate(options.Content).Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.Ordinal);
    }
}
