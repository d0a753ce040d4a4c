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
    public static bool TryParse(string? text, out BaseUrl baseUrl)
    {
        baseUrl = Root;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        string? origin = null;
        var path = text;
        if (text.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                return false;
            }

            origin = uri.GetLeftPart(UriPartial.Authority);
            path = uri.AbsolutePath;
        }

        if (path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal)
            || path.Split('/').Any(s => s is "." or ".."))
        {
            return false;
        }

        path = "/" + path.Trim('/') + "/";
        baseUrl = new BaseUrl(path == "//" ? "/" : path, origin);
        return true;
    }

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
}
