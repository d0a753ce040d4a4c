using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks on the real default site, published under <see cref="DefaultSite.SubPath"/>.</summary>
public sealed class DefaultSitePageTests(DefaultSite site) : PageTests<DefaultSite>(site), IClassFixture<DefaultSite>
{
    [Fact]
    public void The_site_is_served_under_its_base_path()
    {
        Assert.Contains(Site.Pages, p => p.File == "index.html" && p.Url.AbsolutePath == DefaultSite.SubPath);
    }
}
