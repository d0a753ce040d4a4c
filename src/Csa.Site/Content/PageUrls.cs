using System.Text;

namespace Csa.Site.Content;

/// <summary>Maps content paths and permalinks to pretty URLs and output files.</summary>
/// <remarks><c>index.md</c> is <c>/</c>; <c>about.md</c> is <c>/about/</c> written to <c>about/index.html</c>;
/// <c>priorities/index.md</c> or <c>priorities/_index.md</c> is the section page <c>/priorities/</c>.</remarks>
public static class PageUrls
{
    /// <summary>Returns the URL for a content path such as <c>priorities/Domestic Abuse.md</c> (<c>/priorities/domestic-abuse/</c>).</summary>
    /// <param name="contentPath">The path relative to the content folder, with forward slashes.</param>
    /// <returns>The site-relative URL.</returns>
    public static string FromContentPath(string contentPath)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        var withoutExtension = contentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? contentPath[..^3] : contentPath;
        var segments = withoutExtension.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && segments[^1] is "index" or "_index")
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments.Select(Slug)) + "/";
    }

    /// <summary>Checks a permalink from front matter and returns the URL to use, or an error message.</summary>
    /// <param name="permalink">The permalink, e.g. <c>/find-your-ward/</c> or <c>/404.html</c>.</param>
    /// <param name="url">The normalised URL.</param>
    /// <returns><see langword="null"/> when valid, else what is wrong.</returns>
    public static string? TryPermalink(string permalink, out string url)
    {
        ArgumentNullException.ThrowIfNull(permalink);
        url = permalink.Trim();
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return $"'url: {permalink}' must be a path from the site root starting with one '/', e.g. '/find-your-ward/'";
        }

        if (url.IndexOfAny(['\\', '?', '#', ':']) >= 0)
        {
            return $"'url: {permalink}' must not contain '\\', '?', '#' or ':'";
        }

        if (url.Contains("//", StringComparison.Ordinal))
        {
            return $"'url: {permalink}' has an empty segment ('//')";
        }

        if (url.Split('/').Any(s => s is "." or ".."))
        {
            return $"'url: {permalink}' would be written outside the output folder ('.' and '..' are not allowed)";
        }

        if (!url.EndsWith('/') && !HasFileExtension(url))
        {
            url += "/";
        }

        return null;
    }

    /// <summary>Gets the longest file or folder name, in UTF-8 bytes, that common file systems accept.</summary>
    public const int MaxSegmentBytes = 255;

    /// <summary>Returns what makes a URL unwritable as files: an empty segment, or a segment longer than <see cref="MaxSegmentBytes"/>.</summary>
    /// <param name="url">The site-relative URL, e.g. <c>/find-your-ward/stowe/</c>.</param>
    /// <returns><see langword="null"/> when every segment can be a file or folder name, else what is wrong.</returns>
    public static string? SegmentProblem(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url == "/")
        {
            return null;
        }

        var segments = url[1..].Split('/');
        var count = url.EndsWith('/') ? segments.Length - 1 : segments.Length;
        for (var i = 0; i < count; i++)
        {
            if (segments[i].Length == 0)
            {
                return $"the URL '{url}' has an empty segment: a file name or value gives no letter or digit to build it from";
            }

            var bytes = Encoding.UTF8.GetByteCount(segments[i]);
            if (bytes > MaxSegmentBytes)
            {
                return $"the URL segment '{segments[i][..20]}…' is {bytes} bytes long; a file or folder name can be at most {MaxSegmentBytes} bytes, so give the page a shorter file name or 'url:'";
            }
        }

        return null;
    }

    /// <summary>Returns the output file for a URL: <c>/a/b/</c> is <c>a/b/index.html</c>, <c>/404.html</c> is <c>404.html</c>.</summary>
    /// <param name="url">The site-relative URL.</param>
    /// <returns>The relative output path with forward slashes.</returns>
    public static string OutputPathFor(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim('/');
        if (url.EndsWith('/'))
        {
            return trimmed.Length == 0 ? "index.html" : trimmed + "/index.html";
        }

        return trimmed;
    }

    /// <summary>Turns a file or folder name into a URL segment: lower case, spaces and underscores as hyphens.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The slug.</returns>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '.')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if ((c is ' ' or '_') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        // Dots at either end are dropped, so no value ('..', '.hidden') becomes a relative or hidden path segment.
        return sb.ToString().Trim('-', '.');
    }

    private static bool HasFileExtension(string url)
    {
        var last = url[(url.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal);
    }
}
