using System.Text;

namespace Csa.Site.Content;

/// <summary>Lists the files of a content folder that belong to the site, in a stable order.</summary>
public static class ContentFiles
{
    /// <summary>Gets the folder inside <c>content/</c> that holds data tables rather than pages or assets.</summary>
    public const string DataFolder = "data";

    /// <summary>Returns every file under the folder that belongs to the site, by its site path, ordinally sorted.</summary>
    /// <remarks>Never follows a symbolic link or reads a special file (<see cref="SourceTree"/>). Skips names starting with
    /// <c>.</c> or <c>_</c> (except <c>_index.md</c>), the <c>data</c> folder and <c>site.yml</c>. A site path is the path
    /// relative to the folder, with forward slashes, in Unicode normalisation form C, so a name typed as a decomposed
    /// <c>e</c> + accent gets the same URL as a precomposed <c>é</c>; two files whose names differ only so keep the first
    /// (<see cref="NormalisationClashes"/> reports the other).</remarks>
    /// <param name="root">The content folder.</param>
    /// <returns>Each file's site path and full path on disk.</returns>
    public static IReadOnlyList<(string SitePath, string FullPath)> List(string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. All(root).Where(f => seen.Add(f.SitePath))];
    }

    /// <summary>Returns the site paths of every file under the folder that belongs to the site (see <see cref="List"/>).</summary>
    /// <param name="root">The content folder.</param>
    /// <returns>The site paths.</returns>
    public static IEnumerable<string> Enumerate(string root) => List(root).Select(f => f.SitePath);

    /// <summary>Returns the files whose names equal an earlier file's once both are in Unicode normalisation form C.</summary>
    /// <param name="root">The content folder.</param>
    /// <returns>Each clashing file's full path and the full path of the file it clashes with.</returns>
    public static IReadOnlyList<(string FullPath, string Other)> NormalisationClashes(string root)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<(string, string)>();
        foreach (var (sitePath, fullPath) in All(root))
        {
            if (!first.TryAdd(sitePath, fullPath))
            {
                clashes.Add((fullPath, first[sitePath]));
            }
        }

        return clashes;
    }

    private static IEnumerable<(string SitePath, string FullPath)> All(string root) =>
        SourceTree.Files(root)
            .Select(f => (SitePath: Path.GetRelativePath(root, f).Replace('\\', '/').Normalize(NormalizationForm.FormC), FullPath: f))
            .Where(f => IsSiteFile(f.SitePath))
            .OrderBy(f => f.SitePath, StringComparer.Ordinal)
            .ThenBy(f => f.FullPath, StringComparer.Ordinal);

    private static bool IsSiteFile(string relative)
    {
        if (relative == Configuration.SiteConfig.FileName || relative.StartsWith(DataFolder + "/", StringComparison.Ordinal))
        {
            return false;
        }

        return relative.Split('/').All(s => !(s.StartsWith('.') || (s.StartsWith('_') && s != "_index.md")));
    }
}
