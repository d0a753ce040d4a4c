using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

/// <summary>Checks every generated page of a site in a real browser: keyboard, reflow, print, requests, structure.</summary>
/// <remarks>axe runs apart, in <see cref="AxeTests{TSite}"/>, so it can run beside these checks.</remarks>
/// <typeparam name="TSite">The site fixture: built, served and with a browser started.</typeparam>
public abstract partial class PageTests<TSite>
    where TSite : SiteUnderTest
{
    protected PageTests(TSite site)
    {
        Site = site;
    }

    protected TSite Site { get; }

    [Fact]
    public void The_site_has_pages()
    {
        Assert.NotEmpty(Site.Pages);
        Assert.Contains(Site.Pages, p => p.File == "index.html");
    }

    [SkippableFact]
    public async Task No_request_leaves_the_origin_or_fails_and_the_console_stays_clean()
    {
        // Given
        await using var session = await Site.OpenAsync();
        var problems = new PageProblems();
        var origin = Site.Origin.GetLeftPart(UriPartial.Authority);

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);

            // Then
            foreach (var url in session.Requests.Where(u => !u.StartsWith(origin + "/", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)))
            {
                problems.Add(page, "request to another origin: " + url);
            }

            foreach (var url in session.Requests.Where(u => u.StartsWith(origin + "/", StringComparison.Ordinal) && !new Uri(u).AbsolutePath.StartsWith(Site.BasePath, StringComparison.Ordinal)))
            {
                problems.Add(page, "request outside the base path " + Site.BasePath + ": " + url);
            }

            foreach (var failure in session.Failures.Concat(session.ConsoleMessages))
            {
                problems.Add(page, failure);
            }
        }

        problems.AssertNone("requests and console");
    }

    [SkippableFact]
    public async Task Every_page_has_one_h1_a_unique_title_landmarks_and_metadata()
    {
        // Given
        await using var session = await Site.OpenAsync();
        var problems = new PageProblems();
        var titles = new Dictionary<string, SitePage>(StringComparer.Ordinal);

        foreach (var page in Site.Pages)
        {
            // When
            await session.GotoAsync(page);
            var found = await session.Page.EvaluateAsync<string[]>("""
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
            var title = await session.Page.TitleAsync();

            // Then
            foreach (var problem in found)
            {
                problems.Add(page, problem);
            }

            problems.Expect(page, title.Contains(" – ", StringComparison.Ordinal) || page.File == "index.html", $"title '{title}' is not 'Page – Site'");
            if (!titles.TryAdd(title, page))
            {
                problems.Add(page, $"title '{title}' is also the title of {titles[title]}");
            }
        }

        problems.AssertNone("page structure");
    }
}
