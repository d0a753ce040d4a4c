using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs axe-core on every generated page of a site for the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
/// <remarks>axe runs once per page, in the site's <see cref="PageSweep"/>.</remarks>
/// <typeparam name="TSite">The site fixture: built, served and with a browser started.</typeparam>
public abstract class AxeTests<TSite>
    where TSite : SiteUnderTest
{
    protected AxeTests(TSite site)
    {
        Site = site;
    }

    protected TSite Site { get; }

    [SkippableFact]
    public async Task Every_page_has_no_axe_violations()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.AxeCheck);
    }
}
