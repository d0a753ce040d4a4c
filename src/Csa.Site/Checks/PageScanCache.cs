using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Csa.Site.Checks;

/// <summary>Keeps the scans of a site's pages and SVG files between checks, by path and content, so a file that did not
/// change since the last check is not parsed again (<c>csa-site serve</c> checks the whole site after every edit).</summary>
/// <remarks>A scan depends only on the file's path and text, so reusing one gives the same problems and links as a new parse.
/// Safe to use from parallel scans.</remarks>
public sealed class PageScanCache
{
    private readonly ConcurrentDictionary<string, (byte[] Content, byte[] Hash, PageScan Scan)> _scans = new(StringComparer.Ordinal);
    private int _parsed;

    /// <summary>Gets the number of files parsed (not reused) since the cache was made.</summary>
    public int Parsed => Volatile.Read(ref _parsed);

    /// <summary>Returns the scan of a file: the one kept when its content is unchanged, else a new one, which is kept.</summary>
    /// <param name="path">The file, relative to the output folder.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="scan">Parses the file's text.</param>
    /// <returns>The scan.</returns>
    public PageScan GetOrScan(string path, byte[] content, Func<PageScan> scan)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scan);
        // The same bytes as last time (a file the build reused) need no hash.
        if (_scans.TryGetValue(path, out var kept) && ReferenceEquals(kept.Content, content))
        {
            return kept.Scan;
        }

        var hash = SHA256.HashData(content);
        if (kept.Hash is not null && kept.Hash.AsSpan().SequenceEqual(hash))
        {
            _scans[path] = (content, hash, kept.Scan);
            return kept.Scan;
        }

        var result = scan();
        Interlocked.Increment(ref _parsed);
        _scans[path] = (content, hash, result);
        return result;
    }

    /// <summary>Keeps a scan made elsewhere (while the page was written), so a later build that writes the same bytes
    /// need not scan them again.</summary>
    /// <param name="path">The file's path, relative to the output folder.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="scan">Its scan.</param>
    public void Remember(string path, byte[] content, PageScan scan)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scan);
        if (!_scans.TryGetValue(path, out var kept) || !ReferenceEquals(kept.Content, content))
        {
            _scans[path] = (content, SHA256.HashData(content), scan);
        }
    }

    /// <summary>Forgets the files that are no longer in the site.</summary>
    /// <param name="paths">Every file path of the site just checked.</param>
    public void Keep(IReadOnlyCollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var keep = paths as IReadOnlySet<string> ?? paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _scans.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _scans.TryRemove(path, out _);
        }
    }
}
