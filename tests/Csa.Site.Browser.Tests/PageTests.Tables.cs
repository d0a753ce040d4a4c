using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

// Checks tables where they are hardest to read (issue #13): sideways on a phone, and on paper.
public abstract partial class PageTests<TSite>
{
    [SkippableFact]
    public async Task On_a_phone_a_table_keeps_its_row_labels_in_view_when_scrolled_sideways_and_a_profile_does_not_scroll()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.PhoneTablesCheck);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Printed_on_A4_no_table_is_wider_than_the_page(bool landscape)
    {
        (await Site.SweepAsync()).AssertNone(landscape ? PageSweep.A4LandscapeCheck : PageSweep.A4PortraitCheck);
    }
}
