using Csa.Site.Checks;
using Csa.Site.Configuration;

namespace Csa.Site.Release;

/// <summary>Says which content and built site the release check reads, and as of which date; every default matches <c>csa-site check --release</c>.</summary>
public sealed record ReleaseOptions
{
    /// <summary>Gets the folder paths in reports are relative to; the current folder unless set.</summary>
    public string SiteRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Gets the content folder, as a full path.</summary>
    public required string Content { get; init; }

    /// <summary>Gets the built site, as a full path.</summary>
    public required string Output { get; init; }

    /// <summary>Gets where the site is published; unless set, the base URL the output records it was built with, else <c>base_url</c> in <c>site.yml</c>.</summary>
    public BaseUrl? BaseUrl { get; init; }

    /// <summary>Gets the day the site would go live; today unless set.</summary>
    public DateOnly Date { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Gets a value indicating whether external links are fetched (on unless set; <c>--offline</c> turns it off).</summary>
    public bool CheckExternal { get; init; } = true;

    /// <summary>Gets the URLs or URL prefixes whose links are not checked, as read from an ignore file.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Gets how external links are fetched.</summary>
    public ExternalLinkOptions External { get; init; } = new();

    /// <summary>Returns a path as shown in reports: relative to the site root with forward slashes when inside it.</summary>
    /// <param name="fullPath">A full path.</param>
    /// <returns>The display path, e.g. <c>content/site.yml</c>.</returns>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(SiteRoot), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }
}
