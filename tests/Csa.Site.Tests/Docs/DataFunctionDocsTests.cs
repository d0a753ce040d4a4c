using System.Text.RegularExpressions;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Docs;

/// <summary>Runs the examples of the data functions table in docs/content-and-data.md against the real data: where a row's
/// "prints" cell starts with the printed values (<c>`59.5` (the column's average), `22nd`</c>), each example in its "write"
/// cell must print the value in the same place.</summary>
public sealed partial class DataFunctionDocsTests
{
    private const string File = "docs/content-and-data.md";

    [Fact]
    public void Every_data_function_example_prints_what_the_table_says()
    {
        // Given: the rows whose "prints" cell starts with as many values as the "write" cell has examples
        var examples = new List<(string Place, string Expression, string Expected)>();
        foreach (var (line, text) in DocFiles.Section(File, h => h == "Data functions").Where(l => l.Text.StartsWith("| `{{", StringComparison.Ordinal)))
        {
            var cells = CellSplit().Split(text.Trim('|'));
            var expressions = Span().Matches(cells[0]).Select(m => m.Groups[1].Value).ToList();
            var values = Leading().Match(cells[1].Trim()).Groups[1].Captures.Select(c => c.Value).ToList();
            if (values.Count >= expressions.Count)
            {
                examples.AddRange(expressions.Select((e, i) => ($"{File}:{line}", e, values[i])));
            }
        }

        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n" + string.Join("\n\n", examples.Select((e, i) => $"E{i}: {e.Expression}")) + "\n");
        site.CopyFromRepository("content/data");

        // When
        site.BuildClean();

        // Then
        var printed = site.Html("index.html").QuerySelectorAll(".content p").Select(p => p.TextContent).ToList();
        Assert.True(examples.Count >= 15, $"only {examples.Count} examples found");
        Assert.All(examples.Select((e, i) => (e, i)), x => Assert.True(
            printed.Contains($"E{x.i}: {x.e.Expected}"),
            $"{x.e.Place}: {x.e.Expression} should print '{x.e.Expected}', but the page has '{printed.FirstOrDefault(p => p.StartsWith($"E{x.i}: ", StringComparison.Ordinal))}'"));
    }

    // Table cells, split at a '|' that is not escaped.
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"`(\{\{[^`]*\}\})`")]
    private static partial Regex Span();

    // The values a "prints" cell starts with: `a`, `b` or `a`: ... or `a` (...).
    [GeneratedRegex(@"^(?:`([^`]+)`(?:, | or |: | \(|$))+")]
    private static partial Regex Leading();
}
