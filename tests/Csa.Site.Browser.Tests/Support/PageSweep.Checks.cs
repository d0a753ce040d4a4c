using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

// The checks themselves: each runs in the loaded page and reports what it found in words.
internal static partial class PageSweep
{
    private static async Task CheckStructureAsync(SitePage page, IPage browserPage, Dictionary<string, SitePage> titles, PageProblems problems)
    {
        var found = await browserPage.EvaluateAsync<string[]>("""
            () => {
              const problems = [], count = s => document.querySelectorAll(s).length;
              const meta = n => document.querySelector(`meta[name="${n}"], meta[property="${n}"]`)?.content ?? '';
              if (count('h1') !== 1) problems.push(count('h1') + ' h1 elements');
              if (document.documentElement.lang !== 'en-GB') problems.push('lang is "' + document.documentElement.lang + '"');
              for (const s of ['body > header', 'body nav', 'main', 'body > footer'])
                if (count(s) === 0) problems.push('no landmark ' + s);
              if (count('main') !== 1) problems.push(count('main') + ' main elements');
              for (const n of ['description', 'og:title', 'og:description', 'og:url', 'og:type'])
                if (!meta(n)) problems.push('no ' + n);
              const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '';
              if (!csp.includes("default-src 'self'")) problems.push('no Content-Security-Policy');
              if (!document.querySelector('link[rel="canonical"]')) problems.push('no canonical link');
              if (!document.querySelector('link[rel="icon"]')) problems.push('no favicon');
              if (!document.querySelector('footer a[href*="open-government-licence/version/3"]')) problems.push('no Open Government Licence link');
              if (!document.querySelector('footer a[href$="/accessibility/"]')) problems.push('no accessibility statement link');
              return problems;
            }
            """);
        var title = await browserPage.TitleAsync();
        AddAll(page, found, problems);
        problems.Expect(page, title.Contains(" – ", StringComparison.Ordinal) || page.File == "index.html", $"title '{title}' is not 'Page – Site'");
        if (!titles.TryAdd(title, page))
        {
            problems.Add(page, $"title '{title}' is also the title of {titles[title]}");
        }
    }

    private static async Task CheckReflowAsync(SitePage page, IPage browserPage, string? rootFontSize, PageProblems problems)
    {
        var overflow = await browserPage.EvaluateAsync<string?>("""
            size => {
              const root = document.documentElement;
              if (size) root.style.fontSize = size;
              let found = null;
              if (root.scrollWidth > root.clientWidth) {
                // Name the elements that reach furthest right: they set the page's scroll width.
                const wide = [...document.body.querySelectorAll('*')]
                  .filter(e => e.getBoundingClientRect().right >= root.scrollWidth - 1)
                  .slice(-3).map(e => e.outerHTML.slice(0, 100));
                found = `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; reaching furthest: ${wide.join(' | ')}`;
              }
              if (size) root.style.fontSize = '';
              return found;
            }
            """, rootFontSize);
        problems.Expect(page, overflow is null, "scrolls sideways: " + overflow);
    }

    private static async Task CheckPrintAsync(SitePage page, IPage browserPage, PageProblems problems)
    {
        var found = await browserPage.EvaluateAsync<string[]>("""
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
        AddAll(page, found, problems);
    }

    private static async Task CheckA4TablesAsync(SitePage page, IPage browserPage, int width, bool landscape, PageProblems problems)
    {
        var found = await browserPage.EvaluateAsync<string[]>("""
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
        AddAll(page, found, problems);
    }

    private static async Task CheckKeyboardAsync(SitePage page, IPage browserPage, PageProblems skipLink, PageProblems focus)
    {
        // The first Tab from the top of the page must reach the skip link.
        await browserPage.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await browserPage.Keyboard.PressAsync("Tab");
        var first = await browserPage.EvaluateAsync<string>("""
            () => {
              const e = document.activeElement, main = document.querySelector('main');
              if (!e || e.tagName !== 'A') return 'focus is on ' + (e ? e.tagName : 'nothing');
              if (!main || !main.id || e.getAttribute('href') !== '#' + main.id) return 'the first tab stop is ' + e.outerHTML;
              const r = e.getBoundingClientRect();
              if (r.width < 1 || r.height < 1 || r.top < 0 || r.bottom > innerHeight) return 'the focused skip link is not on screen';
              return 'ok';
            }
            """);

        // Every tab stop, in document order, focused as the keyboard focuses it (focus-visible, after a real Tab), shows an
        // outline of at least 2 px or a shadow. Focusing each from script reaches every stop of a long page in one call,
        // where pressing Tab costs a round trip a stop.
        var stops = await browserPage.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
              for (const e of document.querySelectorAll(selector)) {
                if (e.tabIndex < 0 || e.disabled || e.closest('[inert]') || !e.checkVisibility({ visibilityProperty: true })) continue;
                if (e.tagName === 'SUMMARY' && e.parentElement.tagName !== 'DETAILS') continue;
                if (e.closest('details:not([open])') && !(e.tagName === 'SUMMARY' && e.parentElement === e.closest('details'))) continue;
                e.focus({ focusVisible: true, preventScroll: true });
                if (document.activeElement !== e) continue;
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
                const shadow = s.boxShadow !== 'none';
                found.push((outline || shadow ? 'ok|' : 'none|') + e.outerHTML.slice(0, 120));
              }
              document.activeElement?.blur();
              return found;
            }
            """);
        focus.Expect(page, stops.Length > 0, "no tab stops found");
        foreach (var stop in stops.Where(s => !s.StartsWith("ok|", StringComparison.Ordinal)))
        {
            focus.Add(page, "no visible focus indicator on " + stop[5..]);
        }

        if (first != "ok")
        {
            skipLink.Add(page, "skip link: " + first);
            return;
        }

        // The skip link, focused as the first Tab focused it, and activated with Enter.
        await browserPage.EvaluateAsync("() => document.querySelector('a[href=\"#' + document.querySelector('main').id + '\"]').focus({ focusVisible: true })");
        await browserPage.Keyboard.PressAsync("Enter");
        var inMain = await browserPage.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('main')");
        skipLink.Expect(page, inMain, "activating the skip link did not move focus to main");
    }

    private static async Task CheckFirstScreenAsync(SitePage page, IPage browserPage, PageProblems problems)
    {
        var found = await browserPage.EvaluateAsync<double[]>("""
            () => {
              const header = document.querySelector('body > header').getBoundingClientRect();
              // The first words of main: the first text node with letters in it that is rendered.
              const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
              let bottom = -1;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!/\p{L}/u.test(n.textContent)) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                const rect = [...range.getClientRects()].find(r => r.width > 0 && r.height > 0);
                if (rect) { bottom = rect.bottom; break; }
              }
              return [header.height, bottom];
            }
            """);
        problems.Expect(page, found[0] <= PhoneHeight / 4.0, $"the header is {found[0]:0} px tall, more than a quarter of {PhoneHeight} px");
        problems.Expect(page, found[1] > 0 && found[1] <= PhoneHeight, found[1] < 0 ? "main has no words" : $"the first words of main end {found[1]:0} px down, below the first screen");
    }

    private static async Task CheckPhoneTablesAsync(SitePage page, IPage browserPage, PageProblems problems)
    {
        var found = await browserPage.EvaluateAsync<string[]>("""
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
        AddAll(page, found, problems);
    }
}
