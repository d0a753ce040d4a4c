using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

// Checks what keyboard users meet: the skip link first, and a visible focus indicator at every tab stop.
public abstract partial class PageTests<TSite>
{
    [SkippableFact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.SkipLinkCheck);
    }

    [SkippableFact]
    public async Task Every_tab_stop_shows_a_visible_focus_indicator()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.FocusCheck);
    }
}
