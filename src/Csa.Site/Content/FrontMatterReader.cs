using System.Globalization;
using Csa.Site.Diagnostics;
using Csa.Site.Yaml;

namespace Csa.Site.Content;

/// <summary>Splits a Markdown file into YAML front matter and body, and types the keys the engine reads.</summary>
public static class FrontMatterReader
{
    private const string Fence = "---";

    /// <summary>Reads one page; problems go to the bag and yield <see langword="null"/>.</summary>
    /// <param name="sitePath">The path relative to the site root, for diagnostics.</param>
    /// <param name="contentPath">The path relative to the content folder.</param>
    /// <param name="rawText">The file text as read.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The page source, or <see langword="null"/> when its front matter is unusable.</returns>
    public static PageSource? Read(string sitePath, string contentPath, string rawText, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = SourceText.Normalize(rawText);
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal) && text != Fence)
        {
            diagnostics.Error(sitePath, 1, 1, DiagnosticCodes.BadFrontMatter, "a page must start with front matter: a line '---', 'title: ...', and a closing '---'", SourceText.Line(text, 1));
            return null;
        }

        var yamlStart = Fence.Length + 1;
        var close = FindClosingFence(text, yamlStart);
        if (close < 0)
        {
            diagnostics.Error(sitePath, 1, 1, DiagnosticCodes.BadFrontMatter, "the front matter opened by '---' on line 1 is never closed by a '---' line", SourceText.Line(text, 1));
            return null;
        }

        var yaml = text[yamlStart..close];
        var afterFence = text.IndexOf('\n', close);
        var body = afterFence < 0 ? string.Empty : text[(afterFence + 1)..];
        var bodyLine = CountLines(text, afterFence < 0 ? text.Length : afterFence + 1) + 1;

        YamlMap map;
        try
        {
            map = YamlReader.ReadMapping(yaml);
        }
        catch (YamlParseException ex)
        {
            // Front matter starts on line 2 of the file.
            var line = ex.Line + 1;
            diagnostics.Error(sitePath, line, ex.Column, DiagnosticCodes.BadFrontMatter, "front matter is not valid YAML: " + ex.Message, SourceText.Line(text, line));
            return null;
        }

        var shifted = new YamlMap(map.Values, map.KeyLines.ToDictionary(kv => kv.Key, kv => kv.Value + 1, StringComparer.Ordinal));
        var meta = ReadMeta(sitePath, text, shifted, diagnostics);
        return meta is null ? null : new PageSource(sitePath, contentPath, meta, body, bodyLine, text);
    }

    private static PageMeta? ReadMeta(string sitePath, string text, YamlMap map, DiagnosticBag diagnostics)
    {
        var ok = true;
        var settings = new YamlSettings(map, (line, message) =>
        {
            diagnostics.Error(sitePath, line, 1, DiagnosticCodes.BadFrontMatterValue, message, SourceText.Line(text, line));
            ok = false;
        });

        var title = settings.Text(PageKeys.Title);
        if (string.IsNullOrWhiteSpace(title) && ok)
        {
            settings.Problem(PageKeys.Title, $"'{PageKeys.Title}:' is required: every page needs a unique, descriptive title, e.g. 'title: Anti-social behaviour'");
        }

        var order = settings.WholeNumber(PageKeys.Order, "a whole number (e.g. 'order: 3')");
        var publish = settings.Date(PageKeys.PublishDate);
        var draft = settings.Bool(PageKeys.Draft, false);
        var inNav = settings.Bool(PageKeys.Nav, true);
        var scriban = settings.Bool(PageKeys.Scriban, true);
        var scribanInCode = settings.Bool(PageKeys.ScribanInCode, false);
        var layout = settings.Text(PageKeys.Layout);
        var url = settings.Text(PageKeys.Url);
        var summary = settings.Text(PageKeys.Summary);
        var navTitle = settings.Text(PageKeys.NavTitle);
        return ok ? new PageMeta(title!, summary, layout, order, draft, publish, url, inNav, navTitle, scriban, map) { ScribanInCode = scribanInCode } : null;
    }

    private static int FindClosingFence(string text, int start)
    {
        var pos = start;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var line = end < 0 ? text[pos..] : text[pos..end];
            if (line.TrimEnd() is Fence or "...")
            {
                return pos;
            }

            if (end < 0)
            {
                return -1;
            }

            pos = end + 1;
        }

        return -1;
    }

    private static int CountLines(string text, int end)
    {
        var count = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
