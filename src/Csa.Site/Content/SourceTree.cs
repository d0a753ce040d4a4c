namespace Csa.Site.Content;

/// <summary>Walks a content or theme folder without leaving it: symbolic links and special files are never followed or read.</summary>
/// <remarks>Names starting with <c>.</c> (editor lock and swap files, <c>.git</c>, <c>.DS_Store</c>) are hidden: never read,
/// published or reported. Every stage lists its files through this class, so nothing outside the folder reaches a site.</remarks>
public static class SourceTree
{
    /// <summary>Returns the regular files under a folder, full paths in ordinal order, skipping hidden names, links and special files.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="searchPattern">A file name pattern such as <c>*.md</c>.</param>
    /// <param name="recursive">Whether to walk sub-folders (never through a link).</param>
    /// <returns>The full paths.</returns>
    public static IReadOnlyList<string> Files(string root, string searchPattern = "*", bool recursive = true)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(searchPattern);
        var found = new List<string>();
        foreach (var (path, kind) in Walk(root, recursive))
        {
            if (kind == SourceEntryKind.File && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(searchPattern, Path.GetFileName(path)))
            {
                found.Add(path);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Returns the symbolic links and special files under a folder (not hidden ones), full paths in ordinal order.</summary>
    /// <param name="root">The folder.</param>
    /// <returns>Each path with its kind.</returns>
    public static IReadOnlyList<(string Path, SourceEntryKind Kind)> Refused(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return [.. Walk(root, recursive: true).Where(e => e.Kind is SourceEntryKind.SymbolicLink or SourceEntryKind.Special).OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    /// <summary>Says whether a path names a regular file: not a link, folder or special file.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> for a regular file.</returns>
    public static bool IsRegularFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && KindOf(info) == SourceEntryKind.File;
    }

    private static IEnumerable<(string Path, SourceEntryKind Kind)> Walk(string root, bool recursive)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var kind = KindOf(entry);
                if (kind == SourceEntryKind.Folder)
                {
                    if (recursive)
                    {
                        pending.Push((DirectoryInfo)entry);
                    }

                    continue;
                }

                yield return (entry.FullName, kind);
            }
        }
    }

    private static SourceEntryKind KindOf(FileSystemInfo entry)
    {
        // The entry's own attributes (lstat) mark a symbolic link; asking for its target would cost a call for every file.
        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return SourceEntryKind.SymbolicLink;
        }

        if (entry is DirectoryInfo || entry.Attributes.HasFlag(FileAttributes.Directory))
        {
            return SourceEntryKind.Folder;
        }

        // FIFOs, sockets and devices report no length; only an empty entry needs asking what it is.
        return entry is FileInfo { Length: > 0 } || !FileKinds.IsSpecial(entry.FullName) ? SourceEntryKind.File : SourceEntryKind.Special;
    }
}
