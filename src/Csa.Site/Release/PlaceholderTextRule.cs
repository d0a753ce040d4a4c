using System.Text.RegularExpressions;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Finds placeholder text (TODO, TBC, "first draft", <c>[contact]</c>, example.com, ...) in the built pages' text and links.</summary>
/// <remarks>A pattern written in capitals and letters only (<c>TODO</c>) matches as a whole word in that case, so "todos"
/// or "Tbc" in a name do not; any other pattern matches anywhere, in any case. Each pattern is reported once a page,
/// at its first line, with how often it occurs.</remarks>
internal static partial class PlaceholderTextRule
{
    /// <summary>Reports every page holding a placeholder.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="patterns">The placeholder texts.</param>
    /// <param name="pages">The built pages, relative to the output folder.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, IReadOnlyList<string> patterns, IReadOnlyList<string> pages, DiagnosticBag findings)
    {
        var matchers = patterns.Select(p => (Pattern: p, Regex: ToRegex(p))).ToList();
        foreach (var page in pages)
        {
            var lines = File.ReadAllText(Path.Combine(options.Output, page)).Split('\n');
            foreach (var (pattern, regex) in matchers)
            {
                var first = 0;
                var count = 0;
                for (var i = 0; i < lines.Length; i++)
                {
                    var hits = regex.Count(Readable(lines[i]));
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
        }
    }

    // The text a reader sees on the line, plus the addresses its links and images point to.
    private static string Readable(string line) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(line, " ")) + " " + string.Join(' ', Address().Matches(line).Select(m => m.Groups["v"].Value));

    private static Regex ToRegex(string pattern) =>
        pattern.All(c => c is >= 'A' and <= 'Z')
            ? new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(pattern) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)
            : new Regex(Regex.Escape(pattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?:href|src|content)="(?<v>[^"]*)""")]
    private static partial Regex Address();
}
