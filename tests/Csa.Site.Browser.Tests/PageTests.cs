using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

/// <summary>Checks every generated page of a site in a real browser: keyboard, reflow, print, requests, structure.</summary>
/// <remarks>The per-page checks run once per site in <see cref="PageSweep"/>, which opens each page once; each test here
/// asserts what its own check found.</remarks>
/// <typeparam name="TSite">The site fixture: built, served and with a browser started.</typeparam>
public abstract partial class PageTests<TSite>
    where TSite : SiteUnderTest
{
    protected PageTests(TSite site)
    {
        Site = site;
    }

    protected TSite Site { get; }

    [Fact]
    public void The_site_has_pages()
    {
        Assert.NotEmpty(Site.Pages);
        Assert.Contains(Site.Pages, p => p.File == "index.html");
    }

    [SkippableFact]
    public async Task No_request_leaves_the_origin_or_fails_and_the_console_stays_clean()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.RequestsCheck);
    }

    [SkippableFact]
    public async Task Every_page_has_one_h1_a_unique_title_landmarks_and_metadata()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.StructureCheck);
    }
}
