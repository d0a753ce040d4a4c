using Csa.Site.Browser.Tests.Sites;
using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

/// <summary>Checks what a resident of the default site meets first (issue #13): the home page's findings on the first
/// screen, and a short "Find your ward" list that filters as you type and works without JavaScript.</summary>
public sealed class ResidentTests(DefaultSite site) : IClassFixture<DefaultSite>
{
    [SkippableFact]
    public async Task At_1280_by_800_the_home_pages_first_finding_is_above_the_fold()
    {
        // Given
        await using var session = await site.OpenAsync(1280, 800);

        // When
        await session.GotoAsync(Page("index.html"));
        var bottom = await session.Page.Locator("main h2 + ul > li").First.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");

        // Then
        Assert.True(bottom > 0 && bottom <= 800, $"the first finding ends {bottom:0} px down");
    }

    [SkippableFact]
    public async Task The_ward_list_filters_as_you_type_with_the_keyboard_and_says_how_many_match()
    {
        // Given: the page at 320 px, focus moved to the filter box with Tab alone.
        await using var session = await site.OpenAsync(320, 568);
        await session.GotoAsync(Page("find-your-ward/index.html"));
        var input = session.Page.Locator("#ward-finder-input");
        for (var i = 0; i < 40 && !await input.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await input.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reaches the filter box");

        // When: type part of a name, then clear it.
        await session.Page.Keyboard.TypeAsync("sh");
        var shown = await session.Page.Locator(".csa-finder__item:not([hidden]) a").AllTextContentsAsync();
        var status = await session.Page.Locator("#ward-finder-status").TextContentAsync();
        await session.Page.Keyboard.PressAsync("Backspace");
        await session.Page.Keyboard.PressAsync("Backspace");
        var all = await session.Page.Locator(".csa-finder__item:not([hidden])").CountAsync();

        // Then
        Assert.Equal(["Shenstone"], shown);
        Assert.Equal("1 of 22 wards match.", status);
        Assert.Equal(22, all);
        await session.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Alrewas & Fradley", await session.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
    }

    [SkippableFact]
    public async Task Without_javascript_the_ward_list_is_a_plain_list_with_no_filter_box_and_the_page_is_about_six_phone_screens()
    {
        // Given
        await using var session = await site.OpenAsync(320, 568, javaScript: false);

        // When
        await session.GotoAsync(Page("find-your-ward/index.html"));
        var links = await session.Page.Locator(".csa-finder__item a").CountAsync();
        var box = await session.Page.Locator("#ward-finder-input").IsVisibleAsync();
        var height = await session.Page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");

        // Then
        Assert.Equal(22, links);
        Assert.False(box, "the filter box shows without the script that drives it");
        Assert.True(height <= 6.5 * 568, $"the page is {height / 568:0.0} screens long");
    }

    [SkippableTheory]
    [InlineData(320, 568)]
    [InlineData(1280, 800)]
    public async Task Following_a_figure_source_link_lands_on_its_row_of_the_data_page_in_view(int width, int height)
    {
        // Given: the ASB priority page, whose first figure comes from a row of the indicators.
        await using var session = await site.OpenAsync(width, height);
        await session.GotoAsync(Page("priorities/asb/index.html"));
        var link = session.Page.Locator("main .csa-sources a").First;
        var id = (await link.GetAttributeAsync("href"))!.Split('#')[1];

        // When: the resident follows the link.
        await link.ClickAsync();
        await session.Page.WaitForURLAsync("**/data/#" + id);
        await session.Page.WaitForLoadStateAsync();
        var row = session.Page.Locator($"[id='{id}']");
        var box = await row.EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.height]; }");
        var header = await row.Locator("th").First.EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }");

        // Then: the row's folded table opened, and the row, with its header cell, is on screen.
        Assert.StartsWith("indicators-", id, StringComparison.Ordinal);
        Assert.True(await row.EvaluateAsync<bool>("e => e.closest('details').open"), "the rows stay folded away");
        Assert.True(box[3] > 0 && box[0] >= -1 && box[1] <= height + 1, $"the row is at {box[0]:0} to {box[1]:0} px in a {height} px window");
        Assert.True(header[0] >= -1 && header[1] <= width + 1, $"the row's header cell is at {header[0]:0} to {header[1]:0} px across a {width} px window");
    }

    private SitePage Page(string file) => site.Pages.Single(p => p.File == file);
}
