using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

// Checks how pages fit: reflow at 320 px, text at 200%, and print.
public abstract partial class PageTests<TSite>
{
    [SkippableFact]
    public async Task No_page_scrolls_sideways_at_320px()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.Reflow320Check);
    }

    [SkippableFact]
    public async Task No_page_scrolls_sideways_with_text_at_200_percent()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.Reflow200Check);
    }

    [SkippableFact]
    public async Task Printing_hides_navigation_shows_link_addresses_and_keeps_tables_whole()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.PrintCheck);
    }
}
