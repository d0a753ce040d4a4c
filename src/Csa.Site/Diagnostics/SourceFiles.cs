using System.Collections.Concurrent;

namespace Csa.Site.Diagnostics;

/// <summary>Remembers the text of source files by site path, so a diagnostic can quote its offending line.</summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Records the text of a file.</summary>
    /// <param name="sitePath">The path relative to the site root.</param>
    /// <param name="text">The text with LF line endings.</param>
    public void Add(string sitePath, string text) => _texts[sitePath] = text;

    /// <summary>Returns the whole text of a recorded file, or <see langword="null"/>.</summary>
    /// <param name="sitePath">The path relative to the site root.</param>
    /// <returns>The text with LF line endings.</returns>
    public string? Text(string sitePath) => _texts.GetValueOrDefault(sitePath);

    /// <summary>Returns a 1-based line of a recorded file, or <see langword="null"/>.</summary>
    /// <param name="sitePath">The path relative to the site root.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line text.</returns>
    public string? Line(string sitePath, int line) =>
        _texts.TryGetValue(sitePath, out var text) ? LineOf(text, line) : null;

    /// <summary>Returns the text of a 1-based line, or <see langword="null"/> when out of range.</summary>
    /// <param name="text">The text, with LF line endings.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line without its newline.</returns>
    public static string? LineOf(string text, int line)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (line < 1)
        {
            return null;
        }

        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return null;
            }

            start = next + 1;
        }

        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
