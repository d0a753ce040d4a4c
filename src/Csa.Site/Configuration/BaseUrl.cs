namespace Csa.Site.Configuration;

/// <summary>Represents where a site is published, as a root-relative path and optionally an absolute origin.</summary>
/// <remarks>Every link the build writes starts with <see cref="Path"/>, so a site published under
/// <c>/community-safety/lichfield/</c> works there unchanged.</remarks>
public sealed record BaseUrl
{
    private BaseUrl(string path, string? origin)
    {
        Path = path;
        Origin = origin;
    }

    /// <summary>Gets the base URL of a site published at the root of its host.</summary>
    public static BaseUrl Root { get; } = new("/", null);

    /// <summary>Gets the path the site lives under, starting and ending with <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the scheme and host (e.g. <c>https://www.example.gov.uk</c>), or <see langword="null"/> when only a path was given.</summary>
    public string? Origin { get; }

    /// <summary>Parses <c>/path/</c>, <c>path</c> or <c>https://host/path/</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="baseUrl">The parsed base URL.</param>
    /// <returns><see langword="true"/> when the text is a usable base URL.</returns>
    public static bool TryParse(string? text, out BaseUrl baseUrl) => TryParse(text, out baseUrl, out _);

    /// <summary>Parses <c>/path/</c>, <c>path</c> or <c>https://host/path/</c>, saying what is wrong when it cannot.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="baseUrl">The parsed base URL.</param>
    /// <param name="problem">What is wrong, in plain words, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a usable base URL.</returns>
    /// <remarks>The base URL is printed into every page's links and attributes, so characters that could end an attribute
    /// or a URL (<c>" ' &lt; &gt; `</c>, whitespace, control characters, backslash) are refused rather than escaped.</remarks>
    public static bool TryParse(string? text, out BaseUrl baseUrl, out string? problem)
    {
        baseUrl = Root;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        var bad = text.FirstOrDefault(IsForbidden);
        if (bad != default)
        {
            problem = $"it contains {Describe(bad)}, which cannot appear in a base URL";
            return false;
        }

        string? origin = null;
        var path = text;
        if (text.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                problem = "an absolute base URL must be http or https, with a host and a path but no user, query or fragment";
                return false;
            }

            origin = uri.GetLeftPart(UriPartial.Authority);
            path = uri.AbsolutePath;
        }
        else if (text.Contains(':', StringComparison.Ordinal))
        {
            problem = "it has a ':' but is not an http(s) URL; a path has no scheme";
            return false;
        }

        if (path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal) || path.Split('/').Any(s => s is "." or ".."))
        {
            problem = "a base path has no '?', '#', '.' or '..' segment";
            return false;
        }

        path = "/" + path.Trim('/') + "/";
        baseUrl = new BaseUrl(path == "//" ? "/" : path, origin);
        return true;
    }

    /// <summary>Returns the text with control characters shown as <c>\uXXXX</c>, safe to print in a message.</summary>
    /// <param name="text">The text as given.</param>
    /// <returns>The printable text.</returns>
    public static string Printable(string? text) =>
        string.Concat((text ?? string.Empty).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>Turns a site-relative URL (<c>/data/</c>) into the link to write (<c>/community-safety/data/</c>).</summary>
    /// <param name="siteUrl">A URL relative to the site root, with or without the leading slash.</param>
    /// <returns>The root-relative link including the base path.</returns>
    public string Link(string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        return Path + siteUrl.TrimStart('/');
    }

    /// <summary>Turns a site-relative URL into an absolute URL when an origin is known, else a root-relative link.</summary>
    /// <param name="siteUrl">A URL relative to the site root.</param>
    /// <returns>The absolute URL or root-relative link.</returns>
    public string Absolute(string siteUrl) => (Origin ?? string.Empty) + Link(siteUrl);

    /// <summary>Returns the text form: origin and path.</summary>
    /// <returns>The base URL as text.</returns>
    public override string ToString() => (Origin ?? string.Empty) + Path;

    private static bool IsForbidden(char c) => c is '"' or '\'' or '<' or '>' or '`' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c);

    private static string Describe(char c) => c switch
    {
        '"' => "a double quote (\")",
        '\'' => "a single quote (')",
        '<' or '>' => $"an angle bracket ({c})",
        '`' => "a backtick (`)",
        '\\' => "a backslash (\\)",
        _ when char.IsWhiteSpace(c) => $"white space (U+{(int)c:X4})",
        _ => $"a control character (U+{(int)c:X4})",
    };
}
