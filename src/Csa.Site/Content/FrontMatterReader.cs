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
        void Fail(string key, string message)
        {
            var line = map.LineOf(key);
            diagnostics.Error(sitePath, line, 1, DiagnosticCodes.BadFrontMatterValue, message, SourceText.Line(text, line));
            ok = false;
        }

        var title = map.Get(PageKeys.Title) as string;
        if (string.IsNullOrWhiteSpace(title))
        {
            Fail(PageKeys.Title, "'title' is required and must be text (every page needs a unique, descriptive title)");
        }

        int? order = null;
        switch (map.Get(PageKeys.Order))
        {
            case null:
                break;
            case long n when n is >= int.MinValue and <= int.MaxValue:
                order = (int)n;
                break;
            default:
                Fail(PageKeys.Order, "'order' must be a whole number, e.g. 'order: 3'");
                break;
        }

        DateOnly? publish = null;
        var publishValue = map.Get(PageKeys.PublishDate);
        if (publishValue is not null)
        {
            if (DateOnly.TryParseExact(Convert.ToString(publishValue, CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                publish = date;
            }
            else
            {
                Fail(PageKeys.PublishDate, "'publish_date' must be a date written YYYY-MM-DD, e.g. 'publish_date: 2020-04-01'");
            }
        }

        var draft = ReadBool(map, PageKeys.Draft, false, Fail);
        var inNav = ReadBool(map, PageKeys.Nav, true, Fail);
        var scriban = ReadBool(map, PageKeys.Scriban, true, Fail);
        var scribanInCode = ReadBool(map, PageKeys.ScribanInCode, false, Fail);
        var layout = ReadText(map, PageKeys.Layout, Fail);
        var url = ReadText(map, PageKeys.Url, Fail);
        var summary = ReadText(map, PageKeys.Summary, Fail);
        var navTitle = ReadText(map, PageKeys.NavTitle, Fail);
        return ok ? new PageMeta(title!, summary, layout, order, draft, publish, url, inNav, navTitle, scriban, map) { ScribanInCode = scribanInCode } : null;
    }

    private static bool ReadBool(YamlMap map, string key, bool fallback, Action<string, string> fail)
    {
        switch (map.Get(key))
        {
            case null:
                return fallback;
            case bool b:
                return b;
            default:
                fail(key, $"'{key}' must be true or false");
                return fallback;
        }
    }

    private static string? ReadText(YamlMap map, string key, Action<string, string> fail)
    {
        var value = map.Get(key);
        if (value is null or string)
        {
            return value as string;
        }

        if (value is IDictionary<string, object?> or IList<object?>)
        {
            fail(key, $"'{key}' must be text, not a list or mapping");
            return null;
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture);
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
