namespace Csa.Site.Output;

/// <summary>Decides whether a folder may be used as the output folder, which every build replaces whole.</summary>
/// <remarks>Only a folder the tool made (it holds <see cref="MarkerFileName"/>), a new folder or an empty one is ever
/// replaced. The content and theme folders, the folder the command runs in, the home folder and the file system root are
/// never replaced, nor any folder holding them, nor a folder inside content or theme, even with <c>--force</c>.</remarks>
public static class OutputFolderGuard
{
    /// <summary>Gets the name of the file every build writes into its output folder to mark it as the tool's own.</summary>
    public const string MarkerFileName = ".csa-site-output";

    /// <summary>Gets the text of the marker file.</summary>
    public const string MarkerText = "This folder was made by 'csa-site build', which replaces it whole on every build.\nFiles put here by hand are deleted by the next build.\n";

    private const string BaseUrlLine = "base_url: ";

    private const string CurrentFolderName = "the current folder";
    private const string HomeFolderName = "your home folder";

    private static readonly StringComparison _pathComparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparison.OrdinalIgnoreCase
        : StringComparison.Ordinal;

    /// <summary>Returns the marker's text for a build published at a base URL: <see cref="MarkerText"/> and a line
    /// <c>base_url: URL</c>, so a later <c>csa-site check</c> of the folder knows what the build was made for.</summary>
    /// <param name="baseUrl">The base URL the site was built for, e.g. <c>/community-safety/</c>.</param>
    /// <returns>The text.</returns>
    public static string MarkerTextFor(string baseUrl) => MarkerText + BaseUrlLine + baseUrl + "\n";

    /// <summary>Returns the base URL a built folder's marker records, or <see langword="null"/> when it records none.</summary>
    /// <param name="folder">The built folder.</param>
    /// <returns>The base URL as the build was given it, or <see langword="null"/>.</returns>
    public static string? RecordedBaseUrl(string folder)
    {
        var marker = Path.Combine(folder, MarkerFileName);
        if (!File.Exists(marker))
        {
            return null;
        }

        return File.ReadLines(marker).FirstOrDefault(l => l.StartsWith(BaseUrlLine, StringComparison.Ordinal))?[BaseUrlLine.Length..];
    }

    /// <summary>Returns why a folder must not be used as the output folder, or <see langword="null"/> when it may.</summary>
    /// <param name="output">The output folder asked for.</param>
    /// <param name="protectedFolders">The folders it must not be, hold or sit inside, with what to call each (e.g. <c>("content", "the content folder")</c>).</param>
    /// <param name="currentFolder">The folder the command runs in: the output must not be it or hold it.</param>
    /// <param name="force">Whether a non-empty folder without the marker may be replaced.</param>
    /// <returns>A sentence saying why, or <see langword="null"/>.</returns>
    public static string? Refusal(string output, IEnumerable<(string Path, string Name)> protectedFolders, string currentFolder, bool force)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(protectedFolders);
        ArgumentNullException.ThrowIfNull(currentFolder);
        var lexical = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(lexical))
        {
            return "it is a file, not a folder";
        }

        if (new DirectoryInfo(lexical).LinkTarget is not null)
        {
            return "it is a symbolic link; the output folder is replaced whole, so give the real folder instead";
        }

        var real = RealPath.Of(lexical);
        if (string.Equals(real, Path.GetPathRoot(real), _pathComparison))
        {
            return "it is the root of the file system";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        List<(string Path, string Name)> named = [(currentFolder, CurrentFolderName), .. protectedFolders];
        if (home.Length > 0)
        {
            named.Add((home, HomeFolderName));
        }

        foreach (var (path, name) in named)
        {
            var other = RealPath.Of(path);
            if (IsSameOrInside(other, real))
            {
                return string.Equals(other, real, _pathComparison) ? $"it is {name}" : $"it holds {name}";
            }

            if (IsSameOrInside(real, other) && name is not (CurrentFolderName or HomeFolderName))
            {
                return $"it is inside {name}";
            }
        }

        if (!force && Directory.Exists(real) && !File.Exists(Path.Combine(real, MarkerFileName)) && Directory.EnumerateFileSystemEntries(real).Any())
        {
            return $"it already holds files and was not made by csa-site (it has no {MarkerFileName} file); a build replaces the output folder whole and would delete them. Choose a new or empty folder, or pass --force to replace it";
        }

        return null;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, _pathComparison)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, _pathComparison);
}
