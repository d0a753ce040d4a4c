using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Csa.Site.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests;

/// <summary><c>csa-site serve</c> with live reload, run as a process against a small synthetic site and driven in Chromium:
/// a saved change reloads the open page; a failed rebuild shows its problems over the page until they are fixed.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "csa-site-live-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_saved_change_reloads_the_page_and_a_failed_rebuild_shows_its_problems_until_fixed()
    {
        // Given: a site served by csa-site, its home page open
        Chromium.Require();
        var page = Path.Combine(_root, "content", "index.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        await File.WriteAllTextAsync(Path.Combine(_root, "content", "site.yml"), "title: Live Partnership (synthetic)\n");
        await File.WriteAllTextAsync(page, "---\ntitle: Home\n---\nFirst words.\n");
        var port = FreePort();
        using var serve = StartServe(port);
        var url = $"http://127.0.0.1:{port}/";
        await WaitUntilServed(url);
        var browser = await SharedBrowser.GetAsync();
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(url);
        Assert.Contains("First words.", await tab.InnerTextAsync("main"), StringComparison.Ordinal);

        // When: a change is saved
        var reloaded = NextLoad(tab);
        await File.WriteAllTextAsync(page, "---\ntitle: Home\n---\nSecond words.\n");
        await reloaded;

        // Then: the page shows it without a keypress
        Assert.Contains("Second words.", await tab.InnerTextAsync("main"), StringComparison.Ordinal);

        // When: a broken page is saved
        await File.WriteAllTextAsync(page, "---\ntitle: Home\n---\nThird words {{ no_such_thing }}.\n");

        // Then: the problems are listed over the page, with file, line and code, and the page is not reloaded
        var problems = tab.Locator("#csa-site-problems");
        await problems.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var text = await problems.InnerTextAsync();
        Assert.Contains("content/index.md:4:", text, StringComparison.Ordinal);
        Assert.Contains("no_such_thing", text, StringComparison.Ordinal);
        Assert.Equal("alert", await problems.GetAttributeAsync("role"));

        // When: the fix is saved
        reloaded = NextLoad(tab);
        await File.WriteAllTextAsync(page, "---\ntitle: Home\n---\nFourth words.\n");
        await reloaded;

        // Then: the page reloads with the fix and the problems are gone; the built file never holds the script
        Assert.Contains("Fourth words.", await tab.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await problems.CountAsync());
        Assert.DoesNotContain("__csa-site", await File.ReadAllTextAsync(Path.Combine(_root, "output", "index.html")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_saved_change_reloads_the_pages_it_changed_and_leaves_the_others_as_they_are()
    {
        // Given: a site of two pages served by csa-site, each open in its own tab, the second marked in its script state
        Chromium.Require();
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        await File.WriteAllTextAsync(Path.Combine(_root, "content", "site.yml"), "title: Live Partnership (synthetic)\n");
        var home = Path.Combine(_root, "content", "index.md");
        await File.WriteAllTextAsync(home, "---\ntitle: Home\n---\nFirst words. See [the other page](other.md).\n");
        await File.WriteAllTextAsync(Path.Combine(_root, "content", "other.md"), "---\ntitle: Other\n---\nOther words.\n");
        var port = FreePort();
        using var serve = StartServe(port);
        var url = $"http://127.0.0.1:{port}/";
        await WaitUntilServed(url + "other/");
        var browser = await SharedBrowser.GetAsync();
        await using var context = await browser.NewContextAsync();
        var homeTab = await context.NewPageAsync();
        await homeTab.GotoAsync(url);
        var otherTab = await context.NewPageAsync();
        await otherTab.GotoAsync(url + "other/");
        await otherTab.EvaluateAsync("() => { window.csaKept = true; }");
        var otherLoads = 0;
        otherTab.Load += (_, _) => otherLoads++;

        // When: the home page's text is changed and saved
        var reloaded = NextLoad(homeTab);
        await File.WriteAllTextAsync(home, "---\ntitle: Home\n---\nSecond words. See [the other page](other.md).\n");
        await reloaded;

        // Then: the home tab shows the change; the other page, whose file did not change, was not reloaded
        Assert.Contains("Second words.", await homeTab.InnerTextAsync("main"), StringComparison.Ordinal);
        await Task.Delay(1500);
        Assert.Equal(0, otherLoads);
        Assert.True(await otherTab.EvaluateAsync<bool>("() => window.csaKept === true"));

        // When: the other page is changed and saved
        reloaded = NextLoad(otherTab);
        await File.WriteAllTextAsync(Path.Combine(_root, "content", "other.md"), "---\ntitle: Other\n---\nNew other words.\n");
        await reloaded;

        // Then: it reloads with the change
        Assert.Contains("New other words.", await otherTab.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    // The next 'load' event of the tab: the page reloaded by itself.
    private static Task NextLoad(IPage tab)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage e)
        {
            tab.Load -= OnLoad;
            loaded.TrySetResult();
        }

        tab.Load += OnLoad;
        return loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private ServeProcess StartServe(int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "csa-site.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-check", "--theme", Path.Combine(RepositoryRoot.Find(), "themes", "default") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new ServeProcess(process);
    }

    private static async Task WaitUntilServed(string url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync(new Uri(url))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"csa-site serve never served {url}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops csa-site serve when the test ends.</summary>
    private sealed class ServeProcess(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }

            process.Dispose();
        }
    }
}
