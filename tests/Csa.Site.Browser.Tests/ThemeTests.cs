using Csa.Site.Browser.Tests.Sites;
using Csa.Site.Browser.Tests.Support;

namespace Csa.Site.Browser.Tests;

/// <summary>Checks theme features the real content may not exercise yet, on the synthetic sample site.</summary>
public sealed class ThemeTests(SampleSite site) : IClassFixture<SampleSite>
{
    [SkippableFact]
    public async Task A_wide_table_scrolls_inside_a_labelled_focusable_region_not_the_page()
    {
        // Given
        await using var session = await site.OpenAsync(width: 320, height: 640);

        // When
        await session.GotoAsync(Page(SampleSite.LongPage));
        var wrapper = await session.Page.EvaluateAsync<string[]>("""
            () => {
              const w = document.querySelector('main table').parentElement;
              const root = document.documentElement;
              return [w.className, w.getAttribute('role'), w.getAttribute('tabindex'), w.getAttribute('aria-label') ?? '',
                      String(w.scrollWidth > w.clientWidth), String(root.scrollWidth <= root.clientWidth)];
            }
            """);

        // Then
        // Nine columns: "wide", so print.css prints it on a landscape page of its own.
        Assert.Equal(["csa-table-region csa-table-region--wide", "region", "0", "Table: A wide table", "True", "True"], wrapper, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 30 && !await session.Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('csa-table-region')"); i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('csa-table-region')"), "the table's region is not reachable with Tab");
    }

    [SkippableFact]
    public async Task Numeric_columns_are_right_aligned_without_inline_styles()
    {
        // Given
        await using var session = await site.OpenAsync();

        // When
        await session.GotoAsync(Page(SampleSite.LongPage));
        var alignments = await session.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main tbody tr:first-child td')].map(td => getComputedStyle(td).textAlign)");
        var styled = await session.Page.EvaluateAsync<int>("() => document.querySelectorAll('[style]').length");

        // Then
        Assert.Equal(["left", "right", "right", "right", "right", "right", "right", "right", "right"], alignments);
        Assert.Equal(0, styled);
    }

    [SkippableFact]
    public async Task A_long_page_lists_its_sections()
    {
        // Given
        await using var session = await site.OpenAsync();

        // When
        await session.GotoAsync(Page(SampleSite.LongPage));
        var contents = await session.Page.Locator("nav[aria-labelledby='csa-toc-heading'] a").AllTextContentsAsync();

        // Then
        Assert.Equal(["First section", "A wide table", "Third section", "Fourth section"], contents);
    }

    [SkippableFact]
    public async Task Navigation_marks_the_current_page_and_section_and_breadcrumbs_lead_home()
    {
        // Given
        await using var session = await site.OpenAsync();

        // When
        await session.GotoAsync(Page(SampleSite.NestedPage));
        var current = await session.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav[aria-label=\"Main\"] [aria-current]')].map(a => a.textContent + '=' + a.getAttribute('aria-current'))");
        var crumbs = await session.Page.Locator("nav[aria-label='Breadcrumb'] li").AllTextContentsAsync();
        await session.GotoAsync(Page("section/index.html"));
        var onSection = await session.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav[aria-label=\"Main\"] [aria-current]')].map(a => a.textContent + '=' + a.getAttribute('aria-current'))");

        // Then
        Assert.Equal(["A section=true"], current);
        Assert.Equal(["Synthetic test site", "A section", "A page in the section"], crumbs);
        Assert.Equal(["A section=page"], onSection);
    }

    [SkippableFact]
    public async Task The_home_page_introduces_the_site_and_lists_its_sections()
    {
        // Given
        await using var session = await site.OpenAsync();

        // When
        await session.GotoAsync(Page("index.html"));
        var sections = await session.Page.Locator("main section li a").AllTextContentsAsync();
        var title = await session.Page.TitleAsync();
        var footer = await session.Page.Locator("footer").InnerTextAsync();

        // Then
        Assert.Equal(["A long report", "A section"], sections);
        Assert.Equal("Synthetic test site – Synthetic Test Partnership", title);
        Assert.Contains("Contact: Test Team, Synthetic Council, test-team@example.org.", footer, StringComparison.Ordinal);
        Assert.Contains("Source: synthetic test data, not real figures.", footer, StringComparison.Ordinal);
    }

    private SitePage Page(string file) => site.Pages.Single(p => p.File == file);
}
