using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

// Checks tables where they are hardest to read (issue #13): sideways on a phone, and on paper.
public abstract partial class PageTests<TSite>
{
    // The printable width of A4 with the print style sheet's 1.5 cm side margins, at 96 CSS px an inch: 18 cm
    // portrait; 26.7 cm landscape, the page a wide table (.csa-table-region--wide) is printed on.
    private const int PrintedA4Width = 680;
    private const int PrintedA4LandscapeWidth = 1009;

    [SkippableFact]
    public async Task On_a_phone_a_table_keeps_its_row_labels_in_view_when_scrolled_sideways_and_a_profile_does_not_scroll()
    {
        // Given
        await using var session = await Site.OpenAsync(PhoneWidth, PhoneHeight);
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            // When: every table that scrolls is scrolled to its right end.
            await session.GotoAsync(page);
            var found = await session.Page.EvaluateAsync<string[]>("""
                () => {
                  const problems = [];
                  // Charts keep their data tables in a <details>: open them, so those tables are checked too.
                  for (const d of document.querySelectorAll('main details')) d.open = true;
                  for (const region of document.querySelectorAll('main .csa-table-region')) {
                    const name = region.querySelector('caption')?.textContent.slice(0, 60) ?? region.getAttribute('aria-label');
                    if (region.querySelector('.csa-table--profile')) {
                      if (region.scrollWidth > region.clientWidth) problems.push(`profile "${name}" scrolls sideways: ${region.scrollWidth} > ${region.clientWidth}`);
                      continue;
                    }
                    if (region.scrollWidth <= region.clientWidth) continue;
                    region.scrollLeft = region.scrollWidth;
                    const box = region.getBoundingClientRect();
                    for (const row of region.querySelectorAll('tbody tr')) {
                      const label = row.firstElementChild, r = label.getBoundingClientRect();
                      if (r.left < box.left - 1 || r.right > box.right + 1) { problems.push(`"${name}": the row label "${label.textContent}" scrolled out of view`); break; }
                      const bg = getComputedStyle(label).backgroundColor;
                      if (bg === 'transparent' || bg.endsWith(', 0)')) { problems.push(`"${name}": the row label has no opaque background`); break; }
                      if (getComputedStyle(label).boxShadow === 'none' && getComputedStyle(label).borderRightStyle === 'none') { problems.push(`"${name}": the row label has no visible edge`); break; }
                      // What is drawn at the label's middle is the label, not a scrolled cell over it.
                      window.scrollBy(0, r.top - innerHeight / 2);
                      const now = label.getBoundingClientRect();
                      const hit = document.elementFromPoint(now.left + 4, now.top + now.height / 2);
                      if (!label.contains(hit)) { problems.push(`"${name}": the row label "${label.textContent}" is covered by ${hit?.outerHTML.slice(0, 60)}`); break; }
                    }
                  }
                  return problems;
                }
                """);

            // Then
            foreach (var problem in found)
            {
                problems.Add(page, problem);
            }
        }

        problems.AssertNone($"tables at {PhoneWidth} px");
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Printed_on_A4_no_table_is_wider_than_the_page(bool landscape)
    {
        // Given: print media, as wide as the printable width of A4 portrait, or of A4 landscape for the wide tables.
        var width = landscape ? PrintedA4LandscapeWidth : PrintedA4Width;
        await using var session = await Site.OpenAsync(width, 1000);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);
            var found = await session.Page.EvaluateAsync<string[]>("""
                ([width, landscape]) => {
                  const problems = [];
                  for (const table of document.querySelectorAll('main table')) {
                    const region = table.closest('.csa-table-region');
                    const wide = region?.classList.contains('csa-table-region--wide') ?? false;
                    const name = (table.caption?.textContent ?? table.outerHTML).slice(0, 60);
                    if (wide && getComputedStyle(region).page !== 'csa-landscape') problems.push(`"${name}" is wide but not printed on a landscape page`);
                    if (wide !== landscape || !table.checkVisibility()) continue;
                    const r = table.getBoundingClientRect();
                    if (r.left < -1 || r.right > width + 1)
                      problems.push(`"${name}" is ${Math.round(r.width)} px wide, beyond the printed page (${width} px)`);
                  }
                  return problems;
                }
                """, new object[] { width, landscape });

            // Then
            foreach (var problem in found)
            {
                problems.Add(page, problem);
            }
        }

        problems.AssertNone($"tables printed on A4 {(landscape ? "landscape" : "portrait")}");
    }
}
