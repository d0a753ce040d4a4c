using System.Globalization;
using System.Text.RegularExpressions;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;
using Csa.Site.Templates;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Csa.Site.Release;

/// <summary>Finds figures typed into the pages' words that no table in <c>content/data</c> holds, so every figure a
/// resident reads traces to a table and its source.</summary>
/// <remarks>Only what the author typed is read: the Markdown text of each page and snippet, outside Scriban
/// (<c>{{ figure ... }}</c> prints from a table by construction), code, link addresses and front matter. A typed number
/// is held by a table when some cell, rounded to the typed number's decimal places, equals it (for a percentage also
/// the cell times 100), or when it is a table's row count. Not figures: years (2019, 2018-19), days of a month, section,
/// page and version numbers, ordinals, ages (aged 50, under 18), rate bases (per 1,000), phone numbers and what follows
/// "call", sizes in pixels.</remarks>
internal static partial class TypedFiguresRule
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseAdvancedExtensions().Build();

    /// <summary>Reports each typed figure no table holds, at its file, line and column.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="pages">The content's pages as read.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, IReadOnlyList<PageSource> pages, SiteData data, DiagnosticBag findings)
    {
        var held = Held(data);
        var texts = pages
            .Select(p => (p.SitePath, p.Body, p.BodyLine))
            .Concat(Snippets(options));
        var dataFolder = options.DisplayPath(Path.Combine(options.Content, Content.ContentFiles.DataFolder));
        foreach (var (path, body, firstLine) in texts.OrderBy(t => t.Item1, StringComparer.Ordinal))
        {
            foreach (var (line, column, figure) in Untraced(body, held))
            {
                findings.Error(path, firstLine + line - 1, column, ReleaseCodes.TypedFigure, $"the figure '{figure}' is typed into the text but no table in {dataFolder} holds it: print it from its table (e.g. {{{{ figure \"TABLE\" \"ROW\" \"FIELD\" }}}}) so it traces to the source, or add it to a table with its source");
            }
        }
    }

    // How many characters either side of a figure are read to tell a year, a phone number or a rate base from a figure.
    private const int Window = 120;

    private static string Tail(string line) => line.Length <= Window ? line : line[^Window..];

    /// <summary>Finds the typed figures in a page body that no table holds.</summary>
    /// <param name="body">The page's Markdown, Scriban included.</param>
    /// <param name="held">What the tables hold: each value and row count.</param>
    /// <returns>Each figure with its 1-based line and column in the body.</returns>
    internal static IEnumerable<(int Line, int Column, string Figure)> Untraced(string body, HeldFigures held)
    {
        var text = ScribanBlock().Replace(body, m => Blank(m.Value));
        var document = Markdown.Parse(text, _pipeline);
        var lines = text.Split('\n');
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Span.IsEmpty || literal.Line >= lines.Length)
            {
                continue;
            }

            var (line, column) = (literal.Line, literal.Column);
            var lineText = lines[line];
            var content = literal.Content.ToString();
            foreach (Match m in Number().Matches(content))
            {
                var start = column + m.Index;
                // A sentence wraps: "for every" may end the line before.
                // The words either side are read within a window, so a very long line is not copied once for each figure on it.
                var from = Math.Max(0, Math.Min(start, lineText.Length) - Window);
                var before = (line > 0 && from == 0 ? Tail(lines[line - 1]) + " " : string.Empty) + lineText[from..Math.Min(start, lineText.Length)];
                var end = Math.Min(start + m.Length, lineText.Length);
                var after = lineText.Substring(end, Math.Min(Window, lineText.Length - end));
                if (!IsFigure(m, before, after) || held.Holds(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), m.Groups["pct"].Success))
                {
                    continue;
                }

                yield return (line + 1, start + 1, m.Value.Trim());
            }
        }
    }

    /// <summary>Collects every value and row count of every table and period.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <returns>What the tables hold.</returns>
    internal static HeldFigures Held(SiteData data)
    {
        var tables = data.Tables.Concat(data.Series.Values.SelectMany(s => s.Periods.Select(p => p.Table))).Distinct().ToList();
        var values = new HashSet<decimal>();
        var counts = new HashSet<decimal>();
        foreach (var table in tables)
        {
            counts.Add(table.Rows.Count);
            foreach (var row in table.Rows)
            {
                foreach (var raw in row.Raw)
                {
                    if (decimal.TryParse(raw.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return new HeldFigures(values, counts);
    }

    private static bool IsFigure(Match m, string before, string after)
    {
        var digits = m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        var whole = !m.Groups["n"].Value.Contains('.', StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // Too long to be a number any table holds (more than 28 digits): a figure, and one no table holds.
            return true;
        }

        return !(
            (whole && value is >= 1900 and <= 2100 && digits.Length == 4)
            || YearRange().IsMatch(after)
            || Month().IsMatch(after)
            || Ordinal().IsMatch(after)
            || After().IsMatch(after)
            || Reference().IsMatch(before)
            || (whole && RateBase().IsMatch(before) && value is 100 or 1000 or 10000 or 100000)
            || Phone().IsMatch(digits + after)
            || PhoneRest().IsMatch(before)
            || (digits.Length > 1 && digits[0] == '0' && digits[1] != '.'));
    }

    private static IEnumerable<(string, string, int)> Snippets(ReleaseOptions options)
    {
        var folder = Path.Combine(options.Content, SnippetTemplates.Folder);
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .Select(f => (options.DisplayPath(f), File.ReadAllText(f).ReplaceLineEndings("\n"), 1));
    }

    // Scriban is replaced by spaces, keeping every line and column where it was.
    private static string Blank(string scriban) => new([.. scriban.Select(c => c == '\n' ? '\n' : ' ')]);

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanBlock();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/£$€#-])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<pct>%| per ?cent)?(?![\p{L}\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^[-–/]\d{2}\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\s*(pixels|px|and over|or over|and under|years old)\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    [GeneratedRegex(@"\b(section|sections|page|pages|table|figure|chapter|step|part|paragraph|version|level|WCAG|aged?|ages|under|over|call|phone|ring|dial|text)\s*$|\b(aged?|ages)\s+\d+\s*(to|and|-|–)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(per|every|in)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateBase();

    [GeneratedRegex(@"^0\d{2,4}\s?\d{3}\s?\d{3,4}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)0\d{2,4}\s(\d{3}\s)?$")]
    private static partial Regex PhoneRest();
}

/// <summary>Holds what the tables hold: every cell value and every table's row count.</summary>
/// <param name="Values">The numeric cell values.</param>
/// <param name="Counts">The tables' row counts.</param>
internal sealed record HeldFigures(IReadOnlySet<decimal> Values, IReadOnlySet<decimal> Counts)
{
    // The cells rounded to each number of decimal places, and the same times 100 for percentages, made once for each.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Places, bool Percent), HashSet<decimal>> _rounded = new();

    /// <summary>Tells whether a typed number is some cell rounded to its decimal places, or a row count.</summary>
    /// <param name="typed">The number as typed, without thousands separators.</param>
    /// <param name="percent">Whether it was typed as a percentage.</param>
    /// <returns><see langword="true"/> when a table holds it.</returns>
    public bool Holds(string typed, bool percent)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (!decimal.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var places = typed.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? typed.Length - dot - 1 : 0;
        if (places > 28)
        {
            return Values.Contains(number);
        }

        return Counts.Contains(number)
            || Rounded(places, percent: false).Contains(number)
            || (percent && Rounded(places, percent: true).Contains(number));
    }

    private HashSet<decimal> Rounded(int places, bool percent) =>
        _rounded.GetOrAdd((places, percent), key => [.. Values
            .Where(v => !key.Percent || Math.Abs(v) < decimal.MaxValue / 100)
            .Select(v => Math.Round(key.Percent ? v * 100 : v, key.Places, MidpointRounding.AwayFromZero))]);
}
