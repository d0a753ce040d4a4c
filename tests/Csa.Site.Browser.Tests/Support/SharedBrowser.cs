using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Starts one Chromium for the whole test run, shared by every test through contexts of their own.</summary>
/// <remarks>Starting Playwright's driver and the browser costs seconds; one browser with a fresh context per test keeps
/// tests apart (no shared cache, cookies or storage) at the cost of a context, not a browser. It is closed when the test
/// process ends.</remarks>
internal static class SharedBrowser
{
    private static readonly Lazy<Task<IBrowser>> _browser = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the run's browser, starting it on first use.</summary>
    /// <returns>The browser.</returns>
    public static Task<IBrowser> GetAsync() => _browser.Value;

    private static async Task<IBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            playwright.Dispose();
        };
        return browser;
    }
}
