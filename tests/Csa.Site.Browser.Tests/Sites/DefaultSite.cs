using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>The real default site (<c>content/</c> and <c>themes/default/</c>) published under a sub-path, as a council web
/// team hosts it (<c>https://www.example.gov.uk/community-safety/lichfield/</c>).</summary>
/// <remarks>Served under a sub-path, a link or request that forgets the base path reaches nothing and fails a check; at the
/// root of a host the same mistake would go unseen. So the real site is swept once, here, rather than once at the root and
/// again under a path. The build's own link check covers the site published at the root (<c>Csa.Site.Tests</c>).</remarks>
public sealed class DefaultSite : SiteUnderTest
{
    /// <summary>The sub-path the site is built for and served under.</summary>
    public const string SubPath = "/community-safety/lichfield/";

    protected override BuildOptions CreateOptions() => new() { SiteRoot = RepositoryRoot.Find(), BaseUrl = SubPath };
}
