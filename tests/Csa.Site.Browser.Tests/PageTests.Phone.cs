using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

// Checks what a resident sees first on a 320 × 568 phone (issue #13): a short header, the menu folded behind a
// disclosure, and the page's own words on the first screen.
public abstract partial class PageTests<TSite>
{
    private const int PhoneWidth = PageSweep.PhoneWidth;
    private const int PhoneHeight = PageSweep.PhoneHeight;

    [SkippableFact]
    public async Task On_a_320px_phone_the_header_takes_at_most_a_quarter_of_the_screen_and_main_starts_on_the_first_screen()
    {
        (await Site.SweepAsync()).AssertNone(PageSweep.FirstScreenCheck);
    }

    [SkippableFact]
    public async Task On_a_phone_the_menu_is_folded_behind_a_button_that_opens_with_the_keyboard()
    {
        // Given: the home page at 320 px, the menu folded.
        await using var session = await Site.OpenAsync(PhoneWidth, PhoneHeight);
        await session.GotoAsync(Site.Pages.Single(p => p.File == "index.html"));
        var menu = session.Page.Locator("summary", new() { HasText = "Menu" });
        var firstLink = session.Page.Locator("nav[aria-label='Main'] a").First;
        Assert.False(await firstLink.IsVisibleAsync(), "the menu's links show before the menu is opened");
        Assert.Equal("Menu, expanded: false", await AccessibleStateAsync(session.Page, "summary"));

        // When: Tab to the button and press Enter.
        for (var i = 0; i < 5 && !await menu.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await menu.EvaluateAsync<bool>("e => e === document.activeElement"), "the Menu button is not among the first tab stops");
        await session.Page.Keyboard.PressAsync("Enter");

        // Then: the menu is open, says so, and the next tab stop is its first link.
        Assert.True(await firstLink.IsVisibleAsync(), "Enter on the Menu button did not show the menu");
        Assert.Equal("Menu, expanded: true", await AccessibleStateAsync(session.Page, "summary"));
        await session.Page.Keyboard.PressAsync("Tab");
        Assert.True(await firstLink.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab after opening the menu does not reach its first link");
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_wide_screen_the_whole_menu_shows_with_or_without_javascript(bool javaScript)
    {
        // Given
        await using var session = await Site.OpenAsync(1280, 800, javaScript);

        // When
        await session.GotoAsync(Site.Pages.Single(p => p.File == "index.html"));
        var links = session.Page.Locator("nav[aria-label='Main'] a");
        var hidden = await links.EvaluateAllAsync<string[]>("links => links.filter(a => !a.checkVisibility()).map(a => a.textContent)");

        // Then
        Assert.True(await links.CountAsync() > 0, "no menu links");
        Assert.Empty(hidden);
        Assert.False(await session.Page.Locator("summary", new() { HasText = "Menu" }).IsVisibleAsync(), "the Menu button shows on a wide screen");
    }

    // What the browser tells screen readers about an element: its accessible name and its expanded state, from
    // Chromium's own accessibility tree.
    private static async Task<string> AccessibleStateAsync(IPage page, string selector)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var document = await cdp.SendAsync("DOM.getDocument");
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = selector,
        });
        var tree = await cdp.SendAsync("Accessibility.getPartialAXTree", new Dictionary<string, object>
        {
            ["nodeId"] = node!.Value.GetProperty("nodeId").GetInt32(),
            ["fetchRelatives"] = false,
        });
        var ax = tree!.Value.GetProperty("nodes")[0];
        var expanded = ax.TryGetProperty("properties", out var properties)
            ? properties.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "expanded")
                .Select(p => p.GetProperty("value").GetProperty("value").GetBoolean().ToString().ToLowerInvariant()).FirstOrDefault()
            : null;
        await cdp.DetachAsync();
        return $"{ax.GetProperty("name").GetProperty("value").GetString()}, expanded: {expanded ?? "none"}";
    }
}
