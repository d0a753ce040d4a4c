namespace Csa.Site.Content;

/// <summary>Provides small helpers over source text: newline normalisation and line lookup.</summary>
public static class SourceText
{
    /// <summary>Normalises CRLF and CR line endings to LF and removes a byte-order mark.</summary>
    /// <param name="text">The text as read.</param>
    /// <returns>The text with LF line endings.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>Returns the text of a 1-based line, or <see langword="null"/> when out of range.</summary>
    /// <param name="text">The text, with LF line endings.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line without its newline.</returns>
    public static string? Line(string text, int line)
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
