using Csa.Site.Browser.Tests.Sites;
using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks a base path can break on the real default site published under
/// <c>/community-safety/lichfield/</c>: every request, link and printed address.</summary>
/// <remarks>The pages differ from the default site's only in their links, so the checks of layout, keyboard and axe, which
/// the links do not change, run once, on <see cref="DefaultSitePageTests"/> and <see cref="DefaultSiteAxeTests"/>.</remarks>
public sealed class SubPathSitePageTests(SubPathSite site) : IClassFixture<SubPathSite>
{
    [Fact]
    public void The_site_has_pages_under_its_base_path()
    {
        Assert.Contains(site.Pages, p => p.File == "index.html" && p.Url.AbsolutePath == SubPathSite.SubPath);
    }

    [SkippableFact]
    public async Task No_request_leaves_the_origin_or_the_base_path_or_fails_and_the_console_stays_clean()
    {
        (await site.SweepAsync()).AssertNone(PageSweep.RequestsCheck);
    }

    [SkippableFact]
    public async Task Every_page_has_one_h1_a_unique_title_landmarks_and_metadata()
    {
        (await site.SweepAsync()).AssertNone(PageSweep.StructureCheck);
    }

    [SkippableFact]
    public async Task Printing_shows_each_link_address_in_full_under_the_base_path()
    {
        (await site.SweepAsync()).AssertNone(PageSweep.PrintCheck);
    }
}
