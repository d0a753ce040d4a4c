using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Opens every page of a site once and runs every per-page check on it, at each width and medium in turn.</summary>
/// <remarks>A page is loaded once; the checks then change the viewport, the root font size and the media type on the
/// loaded page, as a reader resizing a window or printing would, and each check's problems are kept apart in the
/// <see cref="SweepResult"/>. Loading each page once per check cost most of the browser tests' time, and axe runs once
/// per page. Order matters: the keyboard checks run at the width the page was loaded at, and the checks that change the
/// page (opening every table's details) run last.</remarks>
internal static partial class PageSweep
{
    /// <summary>The axe-core rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The phone every page is checked on, in CSS pixels.</summary>
    public const int PhoneWidth = 320;

    /// <summary>The phone's height in CSS pixels.</summary>
    public const int PhoneHeight = 568;

    // The printable width of A4 with the print style sheet's 1.5 cm side margins, at 96 CSS px an inch: 18 cm
    // portrait; 26.7 cm landscape, the page a wide table (.csa-table-region--wide) is printed on.
    public const int PrintedA4Width = 680;
    public const int PrintedA4LandscapeWidth = 1009;

    public const string RequestsCheck = "requests and console";
    public const string StructureCheck = "page structure";
    public const string SkipLinkCheck = "skip link";
    public const string FocusCheck = "focus indicators";
    public const string Reflow320Check = "reflow at 320px";
    public const string Reflow200Check = "reflow at 1280px with text at 200%";
    public const string PrintCheck = "print";
    public const string A4PortraitCheck = "tables printed on A4 portrait";
    public const string A4LandscapeCheck = "tables printed on A4 landscape";
    public const string FirstScreenCheck = "the first screen at 320 × 568";
    public const string PhoneTablesCheck = "tables at 320 px";

    // axe-core as Deque's package ships it, the version the package was tested with.
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Gets the name of the axe check.</summary>
    public static string AxeCheck { get; } = "axe (" + string.Join(", ", AxeTags) + ")";

    /// <summary>Sweeps every page of a site with every check.</summary>
    /// <param name="site">The built and served site.</param>
    /// <returns>What each check found.</returns>
    public static async Task<SweepResult> RunAsync(SiteUnderTest site)
    {
        var result = new SweepResult();
        var timings = new SweepTimings();
        var titles = new Dictionary<string, SitePage>(StringComparer.Ordinal);
        await using var session = await site.OpenAsync(1280, 900);
        await session.Page.Context.AddInitScriptAsync(AxeSource.Value);
        foreach (var page in site.Pages)
        {
            // Runs one check on the page, timed.
            async Task Check(string name, Func<Task> check)
            {
                using (timings.Measure(page, name))
                {
                    await check();
                }
            }

            await ResizeAsync(session.Page, 1280, 900);
            await Check("Load", () => session.GotoAsync(page));

            // At the width the page was loaded at.
            CheckRequests(site, page, session, result.For(RequestsCheck));
            await Check("Structure", () => CheckStructureAsync(page, session.Page, titles, result.For(StructureCheck)));
            await Check("Axe", () => CheckAxeAsync(page, session.Page, result.For(AxeCheck)));
            await Check("Reflow", () => CheckReflowAsync(page, session.Page, "200%", result.For(Reflow200Check)));
            await Check("Keyboard", () => CheckKeyboardAsync(page, session.Page, result.For(SkipLinkCheck), result.For(FocusCheck)));

            // In print, at the width of the page, then of A4 portrait and landscape.
            await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Check("Print", () => CheckPrintAsync(page, session.Page, result.For(PrintCheck)));
            foreach (var (width, landscape, name) in new[] { (PrintedA4Width, false, A4PortraitCheck), (PrintedA4LandscapeWidth, true, A4LandscapeCheck) })
            {
                await ResizeAsync(session.Page, width, 1000);
                await Check("A4Tables", () => CheckA4TablesAsync(page, session.Page, width, landscape, result.For(name)));
            }

            await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

            // On a phone, once the page's scripts have answered the new width; the tables check, which opens every
            // table's details, last.
            await ResizeAsync(session.Page, PhoneWidth, PhoneHeight, settle: true);
            await session.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await Check("FirstScreen", () => CheckFirstScreenAsync(page, session.Page, result.For(FirstScreenCheck)));
            await Check("Reflow", () => CheckReflowAsync(page, session.Page, null, result.For(Reflow320Check)));
            await Check("PhoneTables", () => CheckPhoneTablesAsync(page, session.Page, result.For(PhoneTablesCheck)));
        }

        timings.WriteIfAsked(site.GetType().Name);
        return result;
    }

    // Layout follows a new viewport at once, but media query listeners (the theme's menu script) run at the page's next
    // rendering update: before a check that a script's answer to the width changes, wait for two frames.
    private static async Task ResizeAsync(IPage page, int width, int height, bool settle = false)
    {
        await page.SetViewportSizeAsync(width, height);
        if (settle)
        {
            await NextFramesAsync(page);
        }
    }

    private static async Task NextFramesAsync(IPage page) =>
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

    private static void CheckRequests(SiteUnderTest site, SitePage page, BrowserSession session, PageProblems problems)
    {
        var origin = site.Origin.GetLeftPart(UriPartial.Authority);
        foreach (var url in session.Requests.Where(u => !u.StartsWith(origin + "/", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)))
        {
            problems.Add(page, "request to another origin: " + url);
        }

        foreach (var url in session.Requests.Where(u => u.StartsWith(origin + "/", StringComparison.Ordinal) && !new Uri(u).AbsolutePath.StartsWith(site.BasePath, StringComparison.Ordinal)))
        {
            problems.Add(page, "request outside the base path " + site.BasePath + ": " + url);
        }

        foreach (var failure in session.Failures.Concat(session.ConsoleMessages))
        {
            problems.Add(page, failure);
        }
    }

    private static async Task CheckAxeAsync(SitePage page, IPage browserPage, PageProblems problems)
    {
        // axe-core is given to every page of the sweep's context before the page's own scripts (AxeSource), so each run
        // sends only its options; only the violations come back, each as a line.
        var found = await browserPage.EvaluateAsync<string[]>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => `axe ${v.id} (${v.impact}): ${v.help} — ` + v.nodes.map(n => `${n.target.join(' ')} ${n.html}`).join('; '));
            }
            """, AxeTags);
        AddAll(page, found, problems);
    }

    private static void AddAll(SitePage page, IEnumerable<string> found, PageProblems problems)
    {
        foreach (var problem in found)
        {
            problems.Add(page, problem);
        }
    }
}
