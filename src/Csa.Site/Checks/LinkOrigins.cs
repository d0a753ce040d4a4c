using System.Collections.Concurrent;
using System.Globalization;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;

namespace Csa.Site.Checks;

/// <summary>Remembers, for each page a build writes, which links its Markdown produced and at which lines of its content
/// file, so a problem the link check finds in the output is reported where the author can fix it.</summary>
/// <remarks>Nothing is added to the written pages for this. A link that the layout or theme wrote, or one that cannot be
/// matched, keeps the output page and line. It also reads each page's ids and links as the page is written
/// (<see cref="Read"/>), so the link check does not read the file back.</remarks>
public sealed class LinkOrigins
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageScan> _scans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Source, int Line, string? LineText)> _settings = new(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether pages are read as they are written (only when the link check runs).</summary>
    public bool ReadsPages { get; init; }

    /// <summary>Gets the pages read as they were written, by output-relative path.</summary>
    public IReadOnlyDictionary<string, PageScan> Scans => _scans;

    /// <summary>Reads a page's ids, links and in-page problems as it is written, for the link check.</summary>
    /// <param name="outputPath">The page, relative to the output folder.</param>
    /// <param name="text">The page exactly as written.</param>
    public void Read(string outputPath, string text)
    {
        if (ReadsPages)
        {
            _scans[outputPath] = HtmlPageScanner.ScanText(outputPath, text);
        }
    }

    /// <summary>Records the Markdown links of one written page.</summary>
    /// <param name="outputPath">The page, relative to the output folder (e.g. <c>about/index.html</c>).</param>
    /// <param name="html">The whole page as written.</param>
    /// <param name="narrative">The page body rendered from Markdown, with its links.</param>
    /// <param name="sourcePath">The content file, relative to the site root.</param>
    /// <param name="lineText">Returns a 1-based line of the content file, for quoting.</param>
    public void Add(string outputPath, string html, RenderedNarrative narrative, string sourcePath, Func<int, string?> lineText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(narrative);
        if (narrative.Links.Count == 0)
        {
            return;
        }

        // The body's lines in the output, when the layout printed it as it is; 0 when it did not.
        var at = narrative.Html.Length == 0 ? -1 : html.IndexOf(narrative.Html, StringComparison.Ordinal);
        var first = at < 0 ? 0 : Lines(html, 0, at) + 1;
        var last = at < 0 ? 0 : first + Lines(narrative.Html, 0, narrative.Html.Length);
        _pages[outputPath] = new Entry(sourcePath, first, last, narrative.Links, lineText);
    }

    /// <summary>Records a link that a setting wrote (e.g. a plan heading's <c>page:</c> in the descriptor), so a problem with it,
    /// on whichever page prints it, is reported at the setting.</summary>
    /// <param name="url">The link as printed, base path included.</param>
    /// <param name="sourcePath">The file holding the setting, relative to the site root.</param>
    /// <param name="line">The setting's 1-based line.</param>
    /// <param name="lineText">The text of that line, for quoting.</param>
    public void AddSetting(string url, string sourcePath, int line, string? lineText) => _settings[url] = (sourcePath, line, lineText);

    /// <summary>Turns a problem into a diagnostic at the content line of the Markdown link that caused it, when known.</summary>
    /// <param name="problem">The problem found in the output.</param>
    /// <param name="displayRoot">How the output folder is shown, e.g. <c>output</c>.</param>
    /// <returns>The diagnostic at its source line, or <see langword="null"/> when the link did not come from Markdown.</returns>
    public Diagnostic? Locate(LinkProblem problem, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var at = problem.DisplayPage(displayRoot) + (problem.Line > 0 ? ":" + problem.Line.ToString(CultureInfo.InvariantCulture) : string.Empty);
        if (problem.Link.Length > 0 && _settings.TryGetValue(problem.Link, out var setting))
        {
            return new Diagnostic(setting.Source, setting.Line, 0, problem.Code, Severity.Error, $"{problem.Message} ({at})") { SourceLine = setting.LineText };
        }

        if (problem.Link.Length == 0 || !problem.Element.EndsWith(" href", StringComparison.Ordinal) && !problem.Element.EndsWith(" src", StringComparison.Ordinal)
            || !_pages.TryGetValue(problem.Page, out var entry)
            || entry.FirstLine > 0 && (problem.Line < entry.FirstLine || problem.Line > entry.LastLine))
        {
            return null;
        }

        var link = entry.Links.FirstOrDefault(l => SameUrl(l.Url, problem.Link));
        if (link is null)
        {
            return null;
        }

        return new Diagnostic(entry.Source, link.Line, link.Column, problem.Code, Severity.Error, $"{problem.Message} ({at})") { SourceLine = entry.LineText(link.Line) };
    }

    private static bool SameUrl(string written, string found) =>
        string.Equals(written, found, StringComparison.Ordinal) || string.Equals(Uri.UnescapeDataString(written), Uri.UnescapeDataString(found), StringComparison.Ordinal);

    private static int Lines(string text, int from, int to)
    {
        var n = 0;
        for (var i = text.IndexOf('\n', from); i >= 0 && i < to; i = text.IndexOf('\n', i + 1))
        {
            n++;
        }

        return n;
    }

    private sealed record Entry(string Source, int FirstLine, int LastLine, IReadOnlyList<NarrativeLink> Links, Func<int, string?> LineText);
}
