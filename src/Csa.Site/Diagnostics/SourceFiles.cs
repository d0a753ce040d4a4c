using System.Collections.Concurrent;
using Csa.Site.Content;

namespace Csa.Site.Diagnostics;

/// <summary>Remembers the text of source files by site path, so a diagnostic can quote its offending line.</summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Records the text of a file.</summary>
    /// <param name="sitePath">The path relative to the site root.</param>
    /// <param name="text">The text with LF line endings.</param>
    public void Add(string sitePath, string text) => _texts[sitePath] = text;

    /// <summary>Returns a 1-based line of a recorded file, or <see langword="null"/>.</summary>
    /// <param name="sitePath">The path relative to the site root.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line text.</returns>
    public string? Line(string sitePath, int line) =>
        _texts.TryGetValue(sitePath, out var text) ? SourceText.Line(text, line) : null;
}
