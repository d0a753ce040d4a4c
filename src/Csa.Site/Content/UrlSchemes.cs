namespace Csa.Site.Content;

/// <summary>Decides which URL schemes an author may link to: <c>http</c>, <c>https</c>, <c>mailto</c>, <c>tel</c> and relative URLs.</summary>
/// <remarks>The URL is read as a browser reads it (WHATWG URL parsing): leading and trailing C0 controls and spaces
/// are dropped, tabs and newlines anywhere are ignored, and the scheme is case-insensitive, so <c>" JaVa&#x09;Script:"</c>
/// is still <c>javascript:</c>. Entity references must be decoded before the check (Markdig and AngleSharp do).
/// Anything before the first <c>/</c>, <c>?</c> or <c>#</c> that ends in <c>:</c> counts as a scheme, even one a browser
/// would not accept, because such a relative URL is ambiguous at best.</remarks>
public static class UrlSchemes
{
    /// <summary>Gets the schemes an author may use, in lower case, without the colon.</summary>
    public static IReadOnlyList<string> Allowed { get; } = ["http", "https", "mailto", "tel"];

    /// <summary>Returns the scheme of a URL when it is not allowed, e.g. <c>javascript</c> for <c>JaVaScRiPt:alert(1)</c>.</summary>
    /// <param name="url">The URL as the browser would receive it (entities decoded).</param>
    /// <returns>The refused scheme in lower case, or <see langword="null"/> when the URL is relative or its scheme is allowed.</returns>
    public static string? FindRefused(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var cleaned = Clean(url);
        var end = cleaned.IndexOfAny([':', '/', '?', '#']);
        if (end <= 0 || cleaned[end] != ':')
        {
            return null;
        }

        var scheme = cleaned[..end].ToLowerInvariant();
        return Allowed.Contains(scheme, StringComparer.Ordinal) ? null : scheme;
    }

    /// <summary>Returns whether a URL is relative or uses an allowed scheme.</summary>
    /// <param name="url">The URL as the browser would receive it.</param>
    /// <returns><see langword="true"/> when it is safe to print as a link.</returns>
    public static bool IsAllowed(string? url) => FindRefused(url) is null;

    private static string Clean(string url)
    {
        var start = 0;
        var end = url.Length;
        while (start < end && url[start] <= ' ')
        {
            start++;
        }

        while (end > start && url[end - 1] <= ' ')
        {
            end--;
        }

        var sb = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (url[i] is not ('\t' or '\n' or '\r'))
            {
                sb.Append(url[i]);
            }
        }

        return sb.ToString();
    }
}
