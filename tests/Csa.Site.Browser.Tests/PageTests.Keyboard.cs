using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

// Checks what keyboard users meet: the skip link first, and a visible focus indicator at every tab stop.
public abstract partial class PageTests<TSite>
{
    [SkippableFact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        // Given
        await using var session = await Site.OpenAsync();
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            await session.GotoAsync(page);

            // When
            await session.Page.Keyboard.PressAsync("Tab");
            var first = await session.Page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement, main = document.querySelector('main');
                  if (!e || e.tagName !== 'A') return 'focus is on ' + (e ? e.tagName : 'nothing');
                  if (!main || !main.id || e.getAttribute('href') !== '#' + main.id) return 'the first tab stop is ' + e.outerHTML;
                  const r = e.getBoundingClientRect();
                  if (r.width < 1 || r.height < 1 || r.top < 0 || r.bottom > innerHeight) return 'the focused skip link is not on screen';
                  return 'ok';
                }
                """);
            if (first != "ok")
            {
                // Pressing Enter on some other link would leave the page.
                problems.Add(page, "skip link: " + first);
                continue;
            }

            await session.Page.Keyboard.PressAsync("Enter");

            // Then
            var inMain = await session.Page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('main')");
            problems.Expect(page, inMain, "activating the skip link did not move focus to main");
        }

        problems.AssertNone("skip link");
    }

    [SkippableFact]
    public async Task Every_tab_stop_shows_a_visible_focus_indicator()
    {
        // Given
        await using var session = await Site.OpenAsync();
        var problems = new PageProblems();

        foreach (var page in Site.Pages)
        {
            await session.GotoAsync(page);
            for (var stop = 0; stop < 100; stop++)
            {
                // When
                await session.Page.Keyboard.PressAsync("Tab");
                var focus = await session.Page.EvaluateAsync<string?>("""
                    first => {
                      const e = document.activeElement;
                      if (!e || e === document.body || (!first && e === window.csaFirstStop)) return null;
                      if (first) window.csaFirstStop = e;
                      const s = getComputedStyle(e);
                      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
                      const shadow = s.boxShadow !== 'none';
                      return (outline || shadow ? 'ok|' : 'none|') + e.outerHTML.slice(0, 120);
                    }
                    """, stop == 0);
                if (focus is null)
                {
                    break;
                }

                // Then
                problems.Expect(page, focus.StartsWith("ok|", StringComparison.Ordinal), "no visible focus indicator on " + focus[5..]);
            }
        }

        problems.AssertNone("focus indicators");
    }
}
