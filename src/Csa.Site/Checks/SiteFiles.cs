namespace Csa.Site.Checks;

/// <summary>Indexes every file of a built site by its output-relative path, with its size, to resolve links against.</summary>
/// <remarks>Paths use forward slashes and are compared exactly (case-sensitive), as most web servers do.</remarks>
public sealed class SiteFiles
{
    private readonly Dictionary<string, long> _sizes;
    private readonly HashSet<string> _folders;

    private SiteFiles(Dictionary<string, long> sizes)
    {
        _sizes = sizes;
        _folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in sizes.Keys)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!_folders.Add(path[..slash]))
                {
                    break;
                }
            }
        }

        Paths = [.. sizes.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets every file path, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Lists the files under a folder.</summary>
    /// <param name="root">The built site's folder.</param>
    /// <returns>The index.</returns>
    public static SiteFiles Scan(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var folder = new DirectoryInfo(root);
        foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            sizes[Path.GetRelativePath(folder.FullName, file.FullName).Replace('\\', '/')] = file.Length;
        }

        return new SiteFiles(sizes);
    }

    /// <summary>Indexes files held in memory.</summary>
    /// <param name="files">The files by output-relative path.</param>
    /// <returns>The index.</returns>
    public static SiteFiles Of(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new SiteFiles(files.ToDictionary(f => f.Key, f => (long)f.Value.Length, StringComparer.Ordinal));
    }

    /// <summary>Returns whether a path is an HTML page.</summary>
    /// <param name="path">An output-relative path.</param>
    /// <returns><see langword="true"/> for <c>.html</c> and <c>.htm</c> files.</returns>
    public static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether a path is an SVG image, whose ids and links are checked too.</summary>
    /// <param name="path">An output-relative path.</param>
    /// <returns><see langword="true"/> for <c>.svg</c> files.</returns>
    public static bool IsSvg(string path) => path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the size of a file in bytes, or -1 when there is no such file.</summary>
    /// <param name="path">An output-relative path.</param>
    /// <returns>The size.</returns>
    public long SizeOf(string path) => _sizes.TryGetValue(path, out var size) ? size : -1;

    /// <summary>Finds the file a web server would send for a path: <c>a/b/</c> and <c>a/b</c> (a folder) are <c>a/b/index.html</c>.</summary>
    /// <param name="path">The decoded path below the base path, without a leading slash; empty for the home page.</param>
    /// <returns>The output-relative file, or <see langword="null"/> when nothing is there.</returns>
    public string? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var index = path + "index.html";
            return _sizes.ContainsKey(index) ? index : null;
        }

        if (_sizes.ContainsKey(path))
        {
            return path;
        }

        // A folder without its slash: servers redirect /about to /about/.
        return _folders.Contains(path) && _sizes.ContainsKey(path + "/index.html") ? path + "/index.html" : null;
    }
}
