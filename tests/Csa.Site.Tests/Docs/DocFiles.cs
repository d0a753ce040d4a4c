using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Docs;

/// <summary>One fenced code block of a documentation file.</summary>
/// <param name="File">The file, relative to the repository root (<c>docs/charts.md</c>).</param>
/// <param name="Line">The line of the opening fence, counting from 1.</param>
/// <param name="Info">The info string's first word (<c>yaml</c>, <c>markdown</c>), or empty.</param>
/// <param name="Body">The lines between the fences, joined with LF.</param>
/// <param name="Marker">The HTML comment on the line before the fence (<c>not built: ...</c>), or <see langword="null"/>.</param>
internal sealed record DocBlock(string File, int Line, string Info, string Body, string? Marker)
{
    /// <summary>Gets where the block is, as the test reports it.</summary>
    public string Place => $"{File}:{Line}";
}

/// <summary>Reads the documentation: README.md, CONTRIBUTING.md and docs/*.md, their fenced code blocks, links and headings.</summary>
internal static partial class DocFiles
{
    /// <summary>Gets the repository root.</summary>
    public static string Root { get; } = RepositoryRoot.Find();

    /// <summary>Gets every documentation file, relative to the root, README first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "README.md",
        "CONTRIBUTING.md",
        .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads a documentation file with LF line ends.</summary>
    public static string Read(string file) => File.ReadAllText(Path.Combine(Root, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Returns every fenced code block of every documentation file.</summary>
    public static IReadOnlyList<DocBlock> AllBlocks() => [.. All.SelectMany(Blocks)];

    /// <summary>Returns the fenced code blocks of one file, in order (CommonMark fences of three or more backticks or tildes).</summary>
    public static IReadOnlyList<DocBlock> Blocks(string file)
    {
        var lines = Read(file).Split('\n');
        var blocks = new List<DocBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var fence = open.Groups[1].Value;
            var body = new List<string>();
            var j = i + 1;
            while (j < lines.Length && !IsClosing(lines[j], fence))
            {
                body.Add(lines[j]);
                j++;
            }

            var before = i - 1;
            while (before >= 0 && lines[before].Trim().Length == 0)
            {
                before--;
            }

            var marker = before >= 0 && Comment().Match(lines[before].Trim()) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
            var info = open.Groups[2].Value.Trim().Split(' ', 2)[0];
            blocks.Add(new DocBlock(file, i + 1, info, string.Join('\n', body), marker));
            i = j;
        }

        return blocks;
    }

    /// <summary>Returns the lines of a file outside fenced code blocks, each with its line number.</summary>
    public static IReadOnlyList<(int Line, string Text)> ProseLines(string file)
    {
        var lines = Read(file).Split('\n');
        var prose = new List<(int, string)>();
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence is null && Fence().Match(lines[i]) is { Success: true } open)
            {
                fence = open.Groups[1].Value;
            }
            else if (fence is not null && IsClosing(lines[i], fence))
            {
                fence = null;
            }
            else if (fence is null)
            {
                prose.Add((i + 1, lines[i]));
            }
        }

        return prose;
    }

    /// <summary>Returns the headings of a file (outside code blocks), each with its level, text and line.</summary>
    public static IReadOnlyList<(int Level, string Text, int Line)> Headings(string file) =>
        [.. ProseLines(file).Select(l => (l.Line, Match: Heading().Match(l.Text))).Where(h => h.Match.Success)
            .Select(h => (h.Match.Groups[1].Value.Length, h.Match.Groups[2].Value.Trim(), h.Line))];

    /// <summary>Returns the anchors GitHub gives a file's headings (<c>#can-it-go-live-csa-site-check---release</c>), without <c>#</c>.</summary>
    public static IReadOnlySet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text, _) in Headings(file))
        {
            var slug = Slug(text);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : slug + "-" + count.ToString(CultureInfo.InvariantCulture));
        }

        return anchors;
    }

    /// <summary>Makes a heading's anchor as GitHub does: the text without markup, lower case, punctuation dropped, spaces as hyphens.</summary>
    public static string Slug(string heading)
    {
        var text = LinkMarkup().Replace(heading, "$1");
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>Returns the lines of the section under a heading (up to the next heading of the same or a higher level).</summary>
    public static IReadOnlyList<(int Line, string Text)> Section(string file, Func<string, bool> heading)
    {
        var prose = ProseLines(file);
        var section = new List<(int, string)>();
        var level = 0;
        foreach (var (line, text) in prose)
        {
            if (Heading().Match(text) is { Success: true } h)
            {
                var l = h.Groups[1].Value.Length;
                if (level > 0 && l <= level)
                {
                    level = 0;
                }

                if (level == 0 && heading(h.Groups[2].Value.Trim()))
                {
                    level = l;
                    continue;
                }
            }

            if (level > 0)
            {
                section.Add((line, text));
            }
        }

        return section;
    }

    /// <summary>Returns the first cell of each body row of the Markdown tables in some lines, without backticks.</summary>
    public static IReadOnlyList<(int Line, string Cell)> FirstCells(IEnumerable<(int Line, string Text)> lines) =>
        [.. lines.Where(l => l.Text.StartsWith('|') && !TableRule().IsMatch(l.Text))
            .Select(l => (l.Line, Cell: l.Text.Split('|')[1].Trim()))
            .Where(r => r.Cell.StartsWith('`'))
            .Select(r => (r.Line, r.Cell.Trim('`')))];

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.TrimStart(' ');
        return line.Length - trimmed.Length <= 3 && trimmed.TrimEnd().Length >= fence.Length && trimmed.TrimEnd().All(c => c == fence[0]);
    }

    [GeneratedRegex("^ {0,3}(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex("^<!--(.*)-->$")]
    private static partial Regex Comment();

    [GeneratedRegex("^(#{1,6}) (.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkMarkup();

    [GeneratedRegex(@"^\|[ :|-]+\|$")]
    private static partial Regex TableRule();
}
