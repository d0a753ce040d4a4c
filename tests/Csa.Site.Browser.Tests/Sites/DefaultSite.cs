using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>The real default site (<c>content/</c> and <c>themes/default/</c>) published at the root of a host.</summary>
public sealed class DefaultSite : SiteUnderTest
{
    protected override BuildOptions CreateOptions() => new() { SiteRoot = RepositoryRoot.Find(), BaseUrl = "/" };
}
