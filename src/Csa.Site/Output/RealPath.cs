namespace Csa.Site.Output;

/// <summary>Resolves a path to the folder it really names, following symbolic links in every part that exists.</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>Returns the full path with every symbolic link among its existing parts resolved.</summary>
    /// <param name="path">A path, absolute or relative to the current folder.</param>
    /// <returns>The resolved full path, without a trailing separator (except for the root).</returns>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var links = 0;
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var rest = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (rest.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target && links++ < MaxLinks)
            {
                // Start again from the link's target, then carry on with the parts after the link.
                var resolved = Path.GetFullPath(target, current);
                var remaining = rest.ToArray();
                root = Path.GetPathRoot(resolved) ?? string.Empty;
                current = root;
                rest = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
                continue;
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current) is { Length: > 0 } trimmed ? trimmed : current;
    }
}
