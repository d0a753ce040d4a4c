using Csa.Site.Browser.Tests.Sites;
using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

/// <summary>Checks the checks: every check of the page sweep reports the flaw it looks for on a site built to have it.</summary>
public sealed class PageSweepTests(FlawedSite site) : IClassFixture<FlawedSite>
{
    [SkippableTheory]
    [InlineData(PageSweep.RequestsCheck, "missing.png returned HTTP 404")]
    [InlineData(PageSweep.StructureCheck, "2 h1 elements")]
    [InlineData(PageSweep.SkipLinkCheck, "skip link: the first tab stop is")]
    [InlineData(PageSweep.FocusCheck, "no visible focus indicator on <a href=\"https://example.org/\"")]
    [InlineData(PageSweep.Reflow320Check, "scrolls sideways")]
    [InlineData(PageSweep.Reflow200Check, "scrolls sideways")]
    [InlineData(PageSweep.PrintCheck, "may break across pages")]
    [InlineData(PageSweep.A4PortraitCheck, "beyond the printed page")]
    [InlineData(PageSweep.FirstScreenCheck, "the header is 400 px tall")]
    [InlineData(PageSweep.PhoneTablesCheck, "\"Scrolls away\": the row label \"Label\" scrolled out of view")]
    [InlineData("axe", "axe image-alt")]
    public async Task Each_check_reports_the_flaw_it_looks_for(string check, string expected)
    {
        // When
        var sweep = await site.SweepAsync();

        // Then
        var problems = sweep.Problems(check == "axe" ? PageSweep.AxeCheck : check);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}
