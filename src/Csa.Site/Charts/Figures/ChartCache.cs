using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Keeps drawn charts between builds (<c>csa-site serve</c>), so a chart whose inputs did not change is not drawn again:
/// its figure's HTML and its SVG and PNG files are reused as they were.</summary>
/// <remarks>A chart is found by a hash of everything its drawing reads: its block's text, its id and file name, the tables it
/// names (every period of a table of several periods) and <see cref="Environment"/>, which the caller sets to a fingerprint of
/// what all charts share (settings, fonts, components, base URL, the data descriptor). Only charts drawn without problems are
/// kept. Safe to use from parallel page renders.</remarks>
public sealed class ChartCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keyOfStem = new(StringComparer.Ordinal);
    private int _drawn;
    private int _reused;

    /// <summary>Gets or sets a fingerprint of everything every chart depends on besides its block and its tables.</summary>
    public string Environment { get; set; } = string.Empty;

    /// <summary>Gets the number of charts drawn since the last <see cref="Trim"/>.</summary>
    public int Drawn => Volatile.Read(ref _drawn);

    /// <summary>Gets the number of charts reused since the last <see cref="Trim"/>.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Forgets the charts not used since the last call and starts counting again; call once per build.</summary>
    /// <param name="forget">Whether to forget the unused charts; not after a failed build, which may have stopped before its charts.</param>
    public void Trim(bool forget = true)
    {
        Interlocked.Exchange(ref _drawn, 0);
        Interlocked.Exchange(ref _reused, 0);
        if (!forget)
        {
            return;
        }

        foreach (var key in _entries.Keys.Where(k => !_used.ContainsKey(k)).ToList())
        {
            _entries.TryRemove(key, out _);
        }

        foreach (var (stem, key) in _keyOfStem.Where(s => !_entries.ContainsKey(s.Value)).ToList())
        {
            _keyOfStem.TryRemove(new KeyValuePair<string, string>(stem, key));
        }

        _used.Clear();
    }

    /// <summary>Keeps the chart last drawn to a file name through the next <see cref="Trim"/>, for a page reused without
    /// rendering its charts, so they are still kept when the page is rendered again.</summary>
    /// <param name="stem">The chart's files' path without extension.</param>
    public void Keep(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (_keyOfStem.TryGetValue(stem, out var key))
        {
            _used[key] = 0;
        }
    }

    /// <summary>Returns the key of a chart.</summary>
    /// <param name="data">The site's tables.</param>
    /// <param name="tableName">The table the block names.</param>
    /// <param name="yaml">The block's text.</param>
    /// <param name="id">The chart's id on its page.</param>
    /// <param name="stem">Its files' path without extension.</param>
    /// <returns>The key.</returns>
    internal string KeyOf(SiteData data, string tableName, string yaml, string id, string stem)
    {
        var text = new StringBuilder().Append(Environment).Append('\0').Append(tableName).Append('\0').Append(yaml).Append('\0').Append(id).Append('\0').Append(stem).Append('\0');
        if (data.Find(tableName) is { } table)
        {
            text.Append(table.Resource.Name).Append('\0').Append(table.CsvText).Append('\0');
        }

        if (data.FindSeries(tableName) is { } series)
        {
            foreach (var period in series.Periods)
            {
                text.Append(period.Period).Append('\0').Append(period.Table.Resource.Name).Append('\0').Append(period.Table.CsvText).Append('\0');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Finds a kept chart.</summary>
    /// <param name="key">Its key.</param>
    /// <param name="stem">Its files' path without extension.</param>
    /// <param name="entry">The chart, when kept.</param>
    /// <returns><see langword="true"/> when kept.</returns>
    internal bool TryGet(string key, string stem, out Entry entry)
    {
        _used[key] = 0;
        _keyOfStem[stem] = key;
        if (_entries.TryGetValue(key, out entry!))
        {
            Interlocked.Increment(ref _reused);
            return true;
        }

        return false;
    }

    /// <summary>Keeps a chart just drawn.</summary>
    /// <param name="key">Its key.</param>
    /// <param name="stem">Its files' path without extension.</param>
    /// <param name="entry">The chart.</param>
    internal void Add(string key, string stem, Entry entry)
    {
        _keyOfStem[stem] = key;
        Interlocked.Increment(ref _drawn);
        _entries[key] = entry;
    }

    /// <summary>One drawn chart: its figure's HTML and its files.</summary>
    /// <param name="Html">The figure.</param>
    /// <param name="Files">Each file's output path and bytes.</param>
    internal sealed record Entry(string Html, IReadOnlyList<(string Path, byte[] Bytes)> Files);
}
