using System.Text.RegularExpressions;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Finds placeholder text (TODO, TBC, "first draft", <c>[contact]</c>, example.com, ...) where the author wrote it:
/// the pages, <c>site.yml</c> and the data tables; then in the built pages' text and links, for what the author's files do not explain.</summary>
/// <remarks>A pattern written in capitals and letters only (<c>TODO</c>) matches as a whole word in that case, so "todos"
/// or "Tbc" in a name do not; any other pattern matches anywhere, in any case. Comments in YAML and HTML comments are
/// skipped. Each line of an author's file is reported once a pattern; a built page is reported, at its first line with how
/// often it occurs, only when none of the files it is made from holds the pattern (the text came from the theme).</remarks>
internal static partial class PlaceholderTextRule
{
    /// <summary>Reports every placeholder in the author's files and every built page one shows that they do not explain.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="patterns">The placeholder texts.</param>
    /// <param name="authored">The author's files that go into the site.</param>
    /// <param name="pages">The built pages, relative to the output folder, each with the file it was made from when known.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, IReadOnlyList<string> patterns, IReadOnlyList<AuthoredFile> authored, IReadOnlyList<BuiltPage> pages, DiagnosticBag findings)
    {
        // A built page's readable text, made once for every pattern that needs it.
        var readable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Readable(string page) => readable.TryGetValue(page, out var lines)
            ? lines
            : readable[page] = [.. File.ReadAllText(Path.Combine(options.Output, page)).Split('\n').Select(ReadableLine)];
        foreach (var pattern in patterns)
        {
            var regex = ToRegex(pattern);
            var holding = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in authored)
            {
                for (var i = 0; i < file.Lines.Count; i++)
                {
                    var hits = regex.Count(file.Lines[i]);
                    if (hits > 0)
                    {
                        holding.Add(file.DisplayPath);
                        var times = hits == 1 ? string.Empty : $" ({hits} times on this line)";
                        findings.Error(file.DisplayPath, i + 1, 0, ReleaseCodes.PlaceholderText, $"placeholder text '{pattern}'{times}: replace it with the real text before publishing");
                    }
                }
            }

            // Text that the page's own file, site.yml or the data holds is reported there; a generated page may come from any of them.
            var shared = authored.Any(f => f.Shared && holding.Contains(f.DisplayPath));
            foreach (var page in pages.Where(p => p.Source is { } source ? !shared && !holding.Contains(source) : holding.Count == 0))
            {
                ReportBuilt(options, pattern, regex, page.Path, Readable(page.Path), findings);
            }
        }
    }

    private static void ReportBuilt(ReleaseOptions options, string pattern, Regex regex, string page, string[] lines, DiagnosticBag findings)
    {
        var first = 0;
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var hits = regex.Count(lines[i]);
            if (hits > 0 && first == 0)
            {
                first = i + 1;
            }

            count += hits;
        }

        if (count > 0)
        {
            var times = count == 1 ? string.Empty : $" ({count} times on this page)";
            findings.Error(options.DisplayPath(Path.Combine(options.Output, page)), first, 0, ReleaseCodes.PlaceholderText, $"placeholder text '{pattern}'{times}: replace it with the real text before publishing");
        }
    }

    /// <summary>Returns a file's lines as searched: YAML comments (in <c>.yml</c> files and front matter) and HTML comments blanked.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="yaml">Whether the whole file is YAML; otherwise only a leading front-matter block is.</param>
    /// <returns>The lines, one per line of the file.</returns>
    public static IReadOnlyList<string> SearchableLines(string text, bool yaml)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = HtmlComment().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), m => new string('\n', m.Value.Count(c => c == '\n'))).Split('\n');
        var frontMatterEnd = yaml ? lines.Length : FrontMatterEnd(lines);
        for (var i = 0; i < frontMatterEnd; i++)
        {
            lines[i] = WithoutYamlComment(lines[i]);
        }

        return lines;
    }

    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i;
            }
        }

        return 0;
    }

    // A '#' starts a comment at the start of a line or after a space, outside quotes.
    private static string WithoutYamlComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    // The text a reader sees on the line, plus the addresses its links and images point to.
    private static string ReadableLine(string line) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(line, " ")) + " " + string.Join(' ', Address().Matches(line).Select(m => m.Groups["v"].Value));

    private static Regex ToRegex(string pattern) =>
        pattern.All(c => c is >= 'A' and <= 'Z')
            ? new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(pattern) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)
            : new Regex(Regex.Escape(pattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex("""(?:href|src|content)="(?<v>[^"]*)""")]
    private static partial Regex Address();
}

/// <summary>A file the author wrote that goes into the site, as the placeholder rule searches it.</summary>
/// <param name="DisplayPath">The path shown in reports, e.g. <c>content/site.yml</c>.</param>
/// <param name="Lines">Its lines, comments blanked.</param>
/// <param name="Shared">Whether its text can appear on every page (<c>site.yml</c>, the data tables) rather than on one page only.</param>
internal sealed record AuthoredFile(string DisplayPath, IReadOnlyList<string> Lines, bool Shared);

/// <summary>A built page, as the placeholder rule reads it.</summary>
/// <param name="Path">The page's path relative to the output folder.</param>
/// <param name="Source">The display path of the author's file it was made from, or <see langword="null"/> when the page is
/// generated from data rows or its file is not known.</param>
internal sealed record BuiltPage(string Path, string? Source);
