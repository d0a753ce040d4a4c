using System.Text.RegularExpressions;
using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;
using Csa.Site.Tests.DefaultSite;
using Csa.Site.Tests.Support;
using Csa.Site.Yaml;

namespace Csa.Site.Tests.Docs;

/// <summary>Holds the documentation (README.md, CONTRIBUTING.md, docs/*.md) to the code: every fenced code block is built or
/// checked by a test, or marked as not runnable with a reason; every relative link leads to a file and heading that exist;
/// the README stays a short map.</summary>
/// <remarks>
/// A block is one of these, or the test names its file and line:
/// <list type="bullet">
/// <item>a quote of a repository file, marked <c>&lt;!-- example file: PATH --&gt;</c> (the whole file) or
/// <c>&lt;!-- excerpt of: PATH --&gt;</c> (lines of it), which must match the file exactly;</item>
/// <item><c>markdown</c>: a page, built with the other examples in one small site with the real data and the default theme
/// (a block that is only a <c>chart</c> block is built by <see cref="ChartDocsTests"/>);</item>
/// <item><c>yaml</c>: read with the project's own readers, as a data descriptor (<c>resources:</c>), a descriptor's
/// <c>plan:</c> (built with the real plan tables) or a <c>site.yml</c> (<c>title:</c>);</item>
/// <item><c>csv</c>: read against the real table whose columns it shows;</item>
/// <item><c>html</c> starting with <c>{{~ # themes/NAME/PATH ~}}</c>: a theme file, built into the examples' site;</item>
/// <item><c>sh</c>: command lines, parsed with the real <c>csa-site</c> command definitions (<see cref="DocCommands"/>);</item>
/// <item>marked <c>&lt;!-- not built: REASON --&gt;</c>.</item>
/// </list>
/// </remarks>
public sealed partial class DocsExamplesTests
{
    /// <summary>The most lines the README may have: it is a map, and the reference is under docs/.</summary>
    public const int ReadmeLines = 200;

    private static readonly IReadOnlyList<DocBlock> _blocks = DocFiles.AllBlocks();

    [Fact]
    public void Every_code_block_is_built_or_checked_by_a_test_or_marked_not_built_with_a_reason()
    {
        // When
        var problems = _blocks.Select(b => (b.Place, Problem: Kind(b) is null ? Unknown(b) : null)).Where(p => p.Problem is not null).ToList();

        // Then
        Assert.NotEmpty(_blocks);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Select(p => $"{p.Place}: {p.Problem}")));
    }

    [Fact]
    public void Quoted_files_are_quoted_exactly()
    {
        // Given
        var quotes = _blocks.Where(b => Kind(b) is "example file" or "excerpt").ToList();

        // When
        var problems = new List<string>();
        foreach (var block in quotes)
        {
            var path = Path.Combine(DocFiles.Root, block.Marker!.Split(':', 2)[1].Trim());
            if (!File.Exists(path))
            {
                problems.Add($"{block.Place}: quotes '{path}', which does not exist");
                continue;
            }

            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var right = Kind(block) == "example file" ? text.TrimEnd('\n') == block.Body : text.Contains(block.Body + "\n", StringComparison.Ordinal);
            if (!right)
            {
                problems.Add($"{block.Place}: the quote differs from '{Path.GetRelativePath(DocFiles.Root, path)}'");
            }
        }

        // Then
        Assert.NotEmpty(quotes);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_command_line_parses_with_the_real_command_definitions()
    {
        // Given
        // The sh blocks, and the one-line 'run:' steps of a quoted workflow.
        var lines = _blocks.Where(b => Kind(b) == "commands").SelectMany(b => CommandLines(b).Select(l => (b.Place, Line: l)))
            .Concat(_blocks.Where(b => Kind(b) is "example file" or "excerpt" && b.Marker!.Contains(".github/workflows/", StringComparison.Ordinal))
                .SelectMany(b => RunStep().Matches(b.Body).Select(m => (b.Place, Line: m.Groups[1].Value))))
            .Concat(InlineCommands())
            .ToList();

        // When
        var problems = lines.Select(l => (l.Place, l.Line, Problem: DocCommands.Problem(l.Line))).Where(p => p.Problem is not null).ToList();

        // Then
        Assert.Contains(lines, l => l.Line.StartsWith("csa-site ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Line.Contains("--format github", StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join('\n', problems.Select(p => $"{p.Place}: {p.Line}: {p.Problem}")));
    }

    [Theory]
    [InlineData("csa-site build --no-such-option")]
    [InlineData("csa-site bulid")]
    [InlineData("csa-site bulid --help")]
    [InlineData("csa-site new")]
    [InlineData("dotnet run --project src/Csa.Site.Cli -- serve --pdf")]
    [InlineData("dotnet test tests/No.Such.Tests")]
    [InlineData("rsync -a output/ server:/var/www/")]
    public void A_command_line_the_tool_would_not_take_is_reported(string line)
    {
        // When
        var problem = DocCommands.Problem(line);

        // Then
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("python", null)]
    [InlineData("", null)]
    [InlineData("text", "not built:")]
    [InlineData("html", null)]
    public void A_block_no_test_builds_is_reported(string info, string? marker)
    {
        // When
        var kind = Kind(new DocBlock("docs/x.md", 1, info, "<p>text</p>", marker));

        // Then
        Assert.Null(kind);
    }

    [Fact]
    public void Every_yaml_block_reads_with_the_projects_own_readers()
    {
        // Given
        var yaml = _blocks.Where(b => b.Info == "yaml" && Kind(b) != "excerpt").ToList();

        // When
        var problems = new List<string>();
        foreach (var block in yaml)
        {
            YamlMap map;
            try
            {
                map = YamlReader.ReadMapping(block.Body);
            }
            catch (YamlParseException ex)
            {
                problems.Add($"{block.Place}: not a YAML mapping: {ex.Message}");
                continue;
            }

            var diagnostics = new DiagnosticBag();
            if (map.Get("resources") is not null)
            {
                Assert.True(DataPackageReader.Read(block.Body, block.Place, diagnostics) is not null || diagnostics.HasErrors);
            }
            else if (map.Get("title") is not null)
            {
                using var site = new TestSite("-- content/site.yml --\n" + block.Body + "\n-- content/index.md --\n---\ntitle: Home\n---\n");
                Assert.True(ReadSiteConfig.Run(new BuildOptions { SiteRoot = site.Root }, new SourceFiles(), diagnostics) is not null || diagnostics.HasErrors);
            }
            else if (map.Get("plan") is null)
            {
                problems.Add($"{block.Place}: a YAML block that is neither a data descriptor (resources:), a plan (plan:) nor a site.yml (title:)");
            }

            problems.AddRange(diagnostics.ToSortedList().Select(d => $"{block.Place}: {d.Code}: {d.Message}"));
        }

        // Then
        Assert.NotEmpty(yaml);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_csv_block_reads_against_the_real_table_it_shows()
    {
        // Given
        var package = DataPackageReader.Read(File.ReadAllText(Path.Combine(DocFiles.Root, "content", "data", DataPackage.FileName)), "content/data/datapackage.yml", new DiagnosticBag())!;
        var csv = _blocks.Where(b => b.Info == "csv").ToList();

        // When
        var problems = new List<string>();
        foreach (var block in csv)
        {
            var header = block.Body.Split('\n')[0].Split(',');
            var resource = package.Resources.FirstOrDefault(r => r.Schema.Fields.Select(f => f.Name).SequenceEqual(header));
            if (resource is null)
            {
                problems.Add($"{block.Place}: no table in content/data has the columns {string.Join(',', header)}");
                continue;
            }

            var diagnostics = new DiagnosticBag();
            CsvTableReader.Read(block.Body + "\n", block.Place, resource, diagnostics);
            problems.AddRange(diagnostics.ToSortedList().Select(d => $"{block.Place}: {d.Code}: {d.Message}"));
        }

        // Then
        Assert.NotEmpty(csv);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_page_theme_and_plan_example_builds_in_one_site_with_the_real_data()
    {
        // Given: the default theme and the real data, a home page, and every example in its place
        using var site = new TestSite("""
            -- content/site.yml --
            title: Examples from the documentation
            area: Lichfield District
            abbreviations:
              ASB: anti-social behaviour
            -- content/index.md --
            ---
            title: Home
            ---
            The examples of the documentation.
            """, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        site.CopyFromRepository("content/data");
        site.CopyFromRepository("content/_snippets");
        var pages = 0;
        foreach (var block in _blocks)
        {
            switch (Kind(block))
            {
                case "page":
                    var page = block.Body.StartsWith("---\n", StringComparison.Ordinal) ? block.Body : $"---\ntitle: Example from {block.Place}\n---\n{block.Body}";
                    site.WriteFiles($"-- content/examples/{Path.GetFileNameWithoutExtension(block.File)}-{block.Line}.md --\n{page}\n");
                    pages++;
                    break;
                case "theme file":
                    site.WriteFiles($"-- themes/default/{ThemeFile().Match(block.Body).Groups[1].Value} --\n{block.Body}\n");
                    break;
                case "yaml" when block.Body.StartsWith("plan:", StringComparison.Ordinal):
                    var descriptor = Path.Combine(site.Root, "content", "data", DataPackage.FileName);
                    var text = File.ReadAllText(descriptor);
                    var start = text.IndexOf("\nplan:\n", StringComparison.Ordinal) + 1;
                    var end = TopLevelKey().Match(text, start + 1) is { Success: true } next ? next.Index + 1 : text.Length;
                    File.WriteAllText(descriptor, text[..start] + block.Body + "\n" + text[end..]);
                    KeepPlanRowsOf(site, block.Body);
                    break;
            }
        }

        // When: as of a date after every example's publish_date, drafts too; the link check is left to the real sites
        var result = site.Build(new BuildOptions { IncludeDrafts = true, RunChecks = false, BuildDate = new DateOnly(2030, 1, 1) });

        // Then
        Assert.True(pages >= 4, $"only {pages} page examples found");
        Assert.True(result.Succeeded && result.Warnings == 0, "the documentation's examples do not build cleanly:\n" + string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist()
    {
        // When
        var problems = new List<string>();
        var links = 0;
        foreach (var file in DocFiles.All)
        {
            foreach (var (line, text) in DocFiles.ProseLines(file))
            {
                foreach (Match link in Link().Matches(CodeSpan().Replace(text, string.Empty)))
                {
                    var target = link.Groups[1].Success ? link.Groups[1].Value : link.Groups[2].Value;
                    if (Scheme().IsMatch(target))
                    {
                        continue;
                    }

                    links++;
                    var hash = target.IndexOf('#', StringComparison.Ordinal);
                    var path = hash < 0 ? target : target[..hash];
                    var anchor = hash < 0 ? null : target[(hash + 1)..];
                    var resolved = path.Length == 0 ? file : Path.GetRelativePath(DocFiles.Root, Path.GetFullPath(Path.Combine(DocFiles.Root, Path.GetDirectoryName(file)!, path))).Replace('\\', '/');
                    var full = Path.Combine(DocFiles.Root, resolved);
                    if (!File.Exists(full) && !Directory.Exists(full))
                    {
                        problems.Add($"{file}:{line}: '{target}': there is no '{resolved}'");
                    }
                    else if (anchor is not null && (!resolved.EndsWith(".md", StringComparison.Ordinal) || !DocFiles.Anchors(resolved).Contains(anchor)))
                    {
                        problems.Add($"{file}:{line}: '{target}': '{resolved}' has no heading '#{anchor}'");
                    }
                }
            }
        }

        // Then
        Assert.True(links > 20, $"only {links} relative links found");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_readme_is_a_map_of_at_most_200_lines()
    {
        // When
        var lines = DocFiles.Read("README.md").TrimEnd('\n').Split('\n').Length;

        // Then
        Assert.True(lines <= ReadmeLines, $"README.md has {lines} lines; keep it a map of at most {ReadmeLines} and put the reference in docs/");
    }

    // The example's plan names a few headings: the real plan's rows under other headings are left out (the real
    // priorities table's keys are headings too).
    private static void KeepPlanRowsOf(TestSite site, string plan)
    {
        var data = Path.Combine(site.Root, "content", "data");
        var headings = ((YamlReader.ReadMapping(plan).Get("plan") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("headings") as IEnumerable<object?> ?? [])
            .OfType<IReadOnlyDictionary<string, object?>>().Select(h => h.GetValueOrDefault("id") as string);
        var keep = File.ReadAllLines(Path.Combine(data, "priorities.csv")).Skip(1).Select(l => l.Split(',')[0]).Concat(headings).ToHashSet(StringComparer.Ordinal);
        foreach (var table in new[] { "plan-actions.csv", "plan-measures.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(data, table));
            File.WriteAllLines(Path.Combine(data, table), lines.Take(1).Concat(lines.Skip(1).Where(l => keep.Contains(l.Split(',')[1]))));
        }
    }

    // The command lines written in the text as code spans: `csa-site build --pdf`, `dotnet test`.
    private static IEnumerable<(string Place, string Line)> InlineCommands() =>
        DocFiles.All.SelectMany(file => DocFiles.ProseLines(file).SelectMany(l => InlineCommand().Matches(l.Text).Select(m => ($"{file}:{l.Line}", m.Groups[1].Value))))
            .Where(c => !NamesACommand(c.Item2));

    // `csa-site`, `csa-site new`, `dotnet run` and `dotnet --version` in the text name a program or a command; they are not command lines to run.
    private static bool NamesACommand(string span) => span.Split(' ') switch
    {
        [_] => true,
        ["csa-site", var command] => global::Csa.Site.Cli.CsaSiteCommand.Create().Subcommands.Any(c => c.Name == command),
        ["dotnet", var verb] => verb is "run" or "tool" or "--version",
        _ => false,
    };

    /// <summary>Returns what kind of example a block is, or <see langword="null"/> when no test builds it.</summary>
    internal static string? Kind(DocBlock block) => block switch
    {
        { Marker: { } m } when m.StartsWith("not built:", StringComparison.Ordinal) && m.Length > "not built:".Length + 3 => "not built",
        { Marker: { } m } when m.StartsWith("example file:", StringComparison.Ordinal) => "example file",
        { Marker: { } m } when m.StartsWith("excerpt of:", StringComparison.Ordinal) => "excerpt",
        { Info: "markdown" } when ChartDocsTests.IsChartExample(block.Body) => "chart",
        { Info: "markdown" } => "page",
        { Info: "yaml" } => "yaml",
        { Info: "csv" } => "csv",
        { Info: "html" } when ThemeFile().IsMatch(block.Body) => "theme file",
        { Info: "sh" } => "commands",
        _ => null,
    };

    private static string Unknown(DocBlock block) =>
        $"a ```{block.Info} block that no test builds or checks: make it a page (```markdown), a chart, a descriptor, plan or site.yml (```yaml), " +
        "a theme file (```html starting with {{~ # themes/NAME/PATH ~}}), csa-site or dotnet command lines (```sh), a quote (<!-- example file: PATH -->), " +
        "or mark it <!-- not built: REASON -->";

    // The command lines of an sh block: comments and blank lines left out, lines ending in '\' joined to the next.
    private static IEnumerable<string> CommandLines(DocBlock block) =>
        block.Body.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    [GeneratedRegex(@"^\{\{~? *# *themes/[^/ ]+/(\S+) *~?\}\}")]
    private static partial Regex ThemeFile();

    [GeneratedRegex(@"^ +run: ([^>|\n].*)$", RegexOptions.Multiline)]
    private static partial Regex RunStep();

    [GeneratedRegex(@"(?<!`)`((?:[A-Za-z_]+=\S+ )*(?:csa-site|dotnet)(?: [^`]*)?)`(?!`)")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"\n[a-z_]+:")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)|\b(?:src|href)=""([^""]+)""")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("^[a-z]+:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();
}
