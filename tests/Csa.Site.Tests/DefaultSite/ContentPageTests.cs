using System.Text.RegularExpressions;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Keeps the content pages to words: markup belongs to the theme's components, logic to the engine and data (issue #10).</summary>
public sealed partial class ContentPageTests
{
    private const int MaxControlStatements = 8;
    private const int MaxBlockLines = 3;

    private static readonly string _content = Path.Combine(RepositoryRoot.Find(), "content");

    [Fact]
    public void Content_pages_have_no_html_tags()
    {
        // Given
        var pages = Pages();

        // When
        var tags = pages.SelectMany(p => HtmlTag().Matches(Prose(p.Body)).Select(m => m.Value)
            .Where(t => !t.Contains('@', StringComparison.Ordinal) && !t.Contains("://", StringComparison.Ordinal))
            .Select(t => $"{p.Path}: {t}")).ToList();

        // Then
        Assert.True(tags.Count == 0, string.Join('\n', tags));
    }

    [Fact]
    public void Content_pages_define_no_functions()
    {
        // Given
        var pages = Pages();

        // When
        var functions = pages.Where(p => Blocks(p.Body).Any(b => FunctionDefinition().IsMatch(Code(b)))).Select(p => p.Path).ToList();

        // Then
        Assert.Empty(functions);
    }

    [Fact]
    public void Content_pages_have_at_most_eight_scriban_control_statements_in_all()
    {
        // Given
        var pages = Pages();

        // When
        var counts = pages.Select(p => (p.Path, Count: Blocks(p.Body).Sum(b => ControlStatement().Count(Code(b))))).Where(c => c.Count > 0).ToList();

        // Then
        Assert.True(counts.Sum(c => c.Count) <= MaxControlStatements, string.Join('\n', counts.Select(c => $"{c.Path}: {c.Count}")));
    }

    [Fact]
    public void No_scriban_block_in_a_content_page_is_longer_than_three_lines()
    {
        // Given
        var pages = Pages();

        // When
        var longBlocks = pages.SelectMany(p => Blocks(p.Body).Where(b => b.Count('\n') + 1 > MaxBlockLines).Select(b => $"{p.Path}: {b[..Math.Min(60, b.Length)]}")).ToList();

        // Then
        Assert.True(longBlocks.Count == 0, string.Join('\n', longBlocks));
    }

    private static List<(string Path, string Body)> Pages() =>
        [.. Directory.EnumerateFiles(_content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(_content, f).Replace('\\', '/'), Body(File.ReadAllText(f))))];

    private static string Body(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    private static IEnumerable<string> Blocks(string body) => ScribanBlock().Matches(body).Select(m => m.Value);

    // A block's code without its string literals and comments, so that words in them are not counted.
    private static string Code(string block) => ScribanComment().Replace(StringLiteral().Replace(block, "''"), string.Empty);

    // Markdown prose without code blocks, code spans and Scriban blocks.
    private static string Prose(string body) => ScribanBlock().Replace(CodeSpan().Replace(CodeFence().Replace(body, string.Empty), string.Empty), string.Empty);

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanBlock();

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"#[^\n}]*")]
    private static partial Regex ScribanComment();

    [GeneratedRegex(@"(?:\{\{[~-]?|;|\n|\belse)\s*(?:for|if|case|while)\b")]
    private static partial Regex ControlStatement();

    [GeneratedRegex(@"\bfunc\b")]
    private static partial Regex FunctionDefinition();

    [GeneratedRegex(@"</?[a-zA-Z][^>\n]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(```|~~~).*?^\1", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex CodeSpan();
}
