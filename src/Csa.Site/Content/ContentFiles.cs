namespace Csa.Site.Content;

/// <summary>Lists the files of a content folder that belong to the site, in a stable order.</summary>
public static class ContentFiles
{
    /// <summary>Gets the folder inside <c>content/</c> that holds data tables rather than pages or assets.</summary>
    public const string DataFolder = "data";

    /// <summary>Returns every file under the folder, relative and with forward slashes, ordinally sorted.</summary>
    /// <remarks>Never follows a symbolic link or reads a special file (<see cref="SourceTree"/>). Skips names starting with <c>.</c> or <c>_</c> (except <c>_index.md</c>), the <c>data</c> folder and <c>site.yml</c>.</remarks>
    /// <param name="root">The content folder.</param>
    /// <returns>The relative paths.</returns>
    public static IEnumerable<string> Enumerate(string root)
    {
        return SourceTree.Files(root)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(IsSiteFile)
            .Order(StringComparer.Ordinal);
    }

    private static bool IsSiteFile(string relative)
    {
        if (relative == Configuration.SiteConfig.FileName || relative.StartsWith(DataFolder + "/", StringComparison.Ordinal))
        {
            return false;
        }

        return relative.Split('/').All(s => !(s.StartsWith('.') || (s.StartsWith('_') && s != "_index.md")));
    }
}
