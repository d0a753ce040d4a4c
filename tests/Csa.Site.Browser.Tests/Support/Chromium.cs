using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Launches Debian's Chromium through Playwright; Playwright's own browser download is never used.</summary>
internal static class Chromium
{
    /// <summary>The browser the tests drive: Debian's <c>chromium</c> package.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>What to do when the browser is missing.</summary>
    public const string InstallHint = "Chromium was not found at " + ExecutablePath
        + ". The browser tests drive Debian's Chromium: install it with 'apt-get update && apt-get install -y chromium'"
        + " (never 'playwright install', which downloads a browser).";

    /// <summary>Gets a value indicating whether the browser is installed.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Gets a value indicating whether the tests run in CI, where a missing browser fails instead of skipping.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test (locally) or fails it (in CI) with <see cref="InstallHint"/> when the browser is missing.</summary>
    public static void Require()
    {
        if (IsInstalled)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail(InstallHint);
        }

        Skip.If(true, InstallHint);
    }

    /// <summary>Starts a headless browser with no network of its own: no updates, sync, QUIC or background requests.</summary>
    /// <param name="playwright">The Playwright driver.</param>
    /// <returns>The browser.</returns>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
}
