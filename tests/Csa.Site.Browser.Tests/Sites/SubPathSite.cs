using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>The real default site published under a sub-path, as a council web team would host it.</summary>
public sealed class SubPathSite : SiteUnderTest
{
    /// <summary>The sub-path the site is built for and served under.</summary>
    public const string SubPath = "/community-safety/lichfield/";

    /// <summary>Gets the checks a base path can break: requests, structure (canonical links) and printed addresses.</summary>
    public override SweepChecks SweepChecks => SweepChecks.Requests | SweepChecks.Structure | SweepChecks.Print;

    protected override BuildOptions CreateOptions() => new() { SiteRoot = RepositoryRoot.Find(), BaseUrl = SubPath };
}
