using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

// Checks how pages fit: reflow at 320 px, text at 200%, and print.
public abstract partial class PageTests<TSite>
{
    [SkippableFact]
    public async Task No_page_scrolls_sideways_at_320px()
    {
        await AssertNoSidewaysScrollAsync(width: 320, rootFontSize: null);
    }

    [SkippableFact]
    public async Task No_page_scrolls_sideways_with_text_at_200_percent()
    {
        await AssertNoSidewaysScrollAsync(width: 1280, rootFontSize: "200%");
    }

    [SkippableFact]
    public async Task Printing_hides_navigation_shows_link_addresses_and_keeps_tables_whole()
    {
        // Given
        await using var session = await Site.OpenAsync();
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);
            var found = await session.Page.EvaluateAsync<string[]>("""
                () => {
                  const problems = [];
                  // What the browser does before printing: js/print.js gives each link its full address.
                  window.dispatchEvent(new Event('beforeprint'));
                  const wholePlan = document.body.classList.contains('csa-whole-plan-page');
                  // The whole plan's contents list is part of the printed document.
                  for (const e of document.querySelectorAll('nav:not(.csa-print-document__contents), a[href="#main-content"]'))
                    if (e.checkVisibility()) problems.push('visible in print: ' + e.outerHTML.slice(0, 80));
                  // Each link prints its full address, host included (the whole plan's links were written in full, or as
                  // paths where the site names no host); a part's own address is its link text already.
                  for (const a of document.querySelectorAll('main a[href]:not([href^="#"]):not([href^="mailto:"]):not(.csa-print-document__address a)')) {
                    const href = a.getAttribute('href');
                    const expected = wholePlan || !href.startsWith('/') ? href : a.href;
                    if (!getComputedStyle(a, '::after').content.includes(expected))
                      problems.push('link address not printed in full: ' + a.outerHTML.slice(0, 120));
                  }
                  window.dispatchEvent(new Event('afterprint'));
                  for (const e of document.querySelectorAll('main table, main figure, main svg'))
                    if (getComputedStyle(e).breakInside !== 'avoid') problems.push('may break across pages: ' + e.outerHTML.slice(0, 80));
                  return problems;
                }
                """);

            // Then
            foreach (var problem in found)
            {
                problems.Add(page, problem);
            }
        }

        problems.AssertNone("print");
    }

    private async Task AssertNoSidewaysScrollAsync(int width, string? rootFontSize)
    {
        // Given
        await using var session = await Site.OpenAsync(width, 800);
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);
            if (rootFontSize is not null)
            {
                await session.Page.EvaluateAsync("size => { document.documentElement.style.fontSize = size; }", rootFontSize);
            }

            var overflow = await session.Page.EvaluateAsync<string?>("""
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) return null;
                  // Name the elements that reach furthest right: they set the page's scroll width.
                  const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right >= root.scrollWidth - 1)
                    .slice(-3).map(e => e.outerHTML.slice(0, 100));
                  return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; reaching furthest: ${wide.join(' | ')}`;
                }
                """);

            // Then
            problems.Expect(page, overflow is null, "scrolls sideways: " + overflow);
        }

        problems.AssertNone($"reflow at {width}px" + (rootFontSize is null ? string.Empty : $" with text at {rootFontSize}"));
    }
}
