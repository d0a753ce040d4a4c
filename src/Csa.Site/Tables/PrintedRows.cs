using System.Collections.Concurrent;

namespace Csa.Site.Tables;

/// <summary>Notes, page by page, the table rows whose figures each page printed: by <c>figure</c> and the other data
/// functions while its Markdown is rendered, and by its chart blocks when they are drawn. <c>{{ figure_sources }}</c> lists them.</summary>
/// <remarks>Pages are keyed by their URL (as <c>page.url</c> gives it), so pages rendered in parallel never mix. Each entry
/// has a position in the page, the 0-based line of the page's Markdown (after Scriban) where it was printed, so a chart
/// drawn after the text still takes its place among the text's figures.</remarks>
public sealed class PrintedRows
{
    /// <summary>Gets the position of something printed after the page's Markdown, e.g. by its layout.</summary>
    public const int AfterContent = int.MaxValue;

    private readonly ConcurrentDictionary<string, List<(PrintedRow Row, int Line, int Sequence)>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _shown = new(StringComparer.Ordinal);

    /// <summary>Notes that a page shows every row of a table, each with its id (<c>data_rows</c>), so figures can link to them.</summary>
    /// <param name="pageUrl">The page's URL, as links are written.</param>
    /// <param name="table">The table's name.</param>
    public void ShowRows(string pageUrl, string table)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(table);
        _shown.GetOrAdd(pageUrl, _ => new(StringComparer.Ordinal)).TryAdd(table, 0);
    }

    /// <summary>Returns the tables whose rows a page shows, in name order.</summary>
    /// <param name="pageUrl">The page's URL, as links are written.</param>
    /// <returns>The tables' names; none when the page shows no table's rows.</returns>
    public IReadOnlyList<string> RowsShownOn(string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        return _shown.TryGetValue(pageUrl, out var tables) ? [.. tables.Keys.Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>Notes one row, or a whole table, printed on a page.</summary>
    /// <param name="pageUrl">The page's URL, as <c>page.url</c> gives it.</param>
    /// <param name="row">What was printed.</param>
    /// <param name="line">Where in the page: the 0-based line of its Markdown, or <see cref="AfterContent"/>.</param>
    public void Add(string pageUrl, PrintedRow row, int line)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(row);
        var list = _pages.GetOrAdd(pageUrl, _ => []);
        lock (list)
        {
            list.Add((row, line, list.Count));
        }
    }

    /// <summary>Returns what a page printed, in the order it appears on the page, each row or table once (the first time); a
    /// table printed whole anywhere on the page is one entry, in place of its rows.</summary>
    /// <param name="pageUrl">The page's URL, as <c>page.url</c> gives it.</param>
    /// <returns>The rows and whole tables; empty when the page printed none.</returns>
    public IReadOnlyList<PrintedRow> For(string pageUrl)
    {
        if (!_pages.TryGetValue(pageUrl, out var list))
        {
            return [];
        }

        List<PrintedRow> ordered;
        lock (list)
        {
            ordered = [.. list.OrderBy(e => e.Line).ThenBy(e => e.Sequence).Select(e => e.Row)];
        }

        // A table printed whole stands for its rows, where the first of them was printed; a statistic of a whole table
        // (an average) is listed only when nothing else of that table was printed.
        var whole = ordered.Where(r => r.Key is null && !r.Statistic).GroupBy(r => r.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PrintedRow(g.Key, null, g.Select(r => r.RowLabel).FirstOrDefault(l => l is not null)), StringComparer.Ordinal);
        var printed = ordered.Where(r => !r.Statistic).Select(r => r.Table).ToHashSet(StringComparer.Ordinal);
        return [.. ordered
            .Where(r => !r.Statistic || !printed.Contains(r.Table))
            .Select(r => whole.GetValueOrDefault(r.Table) ?? r with { Statistic = false })
            .Distinct()];
    }
}
