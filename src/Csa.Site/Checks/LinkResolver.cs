using Csa.Site.Configuration;

namespace Csa.Site.Checks;

/// <summary>Resolves links as a browser would, from the page's published URL, and sorts them into internal, external and the rest.</summary>
/// <remarks>A page <c>about/index.html</c> of a site published at <c>/cs/</c> lives at <c>/cs/about/index.html</c>, so
/// <c>../data/</c> on it is <c>/cs/data/</c>. Without an origin in the base URL a stand-in host is used, so every
/// absolute http(s) URL is external; with one, absolute URLs on that host are internal.</remarks>
public sealed class LinkResolver
{
    private const string StandInOrigin = "http://csa-site.invalid";
    private readonly string _host;

    /// <summary>Initializes a new instance of the <see cref="LinkResolver"/> class.</summary>
    /// <param name="baseUrl">Where the site is published.</param>
    public LinkResolver(BaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BasePath = baseUrl.Path;
        Origin = baseUrl.Origin ?? StandInOrigin;
        _host = new Uri(Origin).Host;
    }

    /// <summary>Gets the base path, starting and ending with <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Gets the origin pages are resolved on: the base URL's, or a stand-in when it has none.</summary>
    public string Origin { get; }

    /// <summary>Gets a value indicating whether the base URL names a host, so a stand-in host is not used.</summary>
    public bool HasRealOrigin => Origin != StandInOrigin;

    /// <summary>Returns the URL a page is published at, taking a <c>&lt;base href&gt;</c> into account.</summary>
    /// <param name="page">The page, relative to the output folder.</param>
    /// <param name="baseHref">The page's <c>&lt;base href&gt;</c>, if any.</param>
    /// <returns>The absolute URL links on the page resolve against.</returns>
    public Uri PageUri(string page, string? baseHref = null)
    {
        var uri = new Uri(Origin + BasePath + page);
        return baseHref is not null && Uri.TryCreate(uri, baseHref.Trim(), out var withBase) ? withBase : uri;
    }

    /// <summary>Resolves a link written on a page.</summary>
    /// <param name="page">The page's URL from <see cref="PageUri"/>.</param>
    /// <param name="link">The link as written.</param>
    /// <returns>Where it points.</returns>
    public LinkTarget Resolve(Uri page, string link)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(link);
        if (!Uri.TryCreate(page, link.Trim(), out var target))
        {
            return new LinkTarget(LinkKind.Invalid, string.Empty, null, link);
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        var url = target.GetLeftPart(UriPartial.Query);
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            return new LinkTarget(LinkKind.Other, string.Empty, null, link);
        }

        if (!string.Equals(target.Host, _host, StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget(LinkKind.External, string.Empty, fragment, url);
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return new LinkTarget(LinkKind.Internal, path[BasePath.Length..], fragment, url);
        }

        return path == BasePath.TrimEnd('/')
            ? new LinkTarget(LinkKind.Internal, string.Empty, fragment, url)
            : new LinkTarget(LinkKind.OutsideBase, path, fragment, url);
    }
}
