using System.Collections.Concurrent;
using Csa.Site.Building;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Builds a site into a temporary folder with the real engine, serves it over HTTP and opens pages of it in the
/// run's one browser.</summary>
/// <remarks>Each kind of site is built, served and swept once per test run, however many test classes take it as their
/// xunit class fixture: the state lives in a cache keyed by the site's type and is removed when the process ends. A
/// missing browser does not fail the fixture: each test calls <see cref="Chromium.Require"/> so the reason is reported
/// once per test, as a skip or a failure.</remarks>
public abstract class SiteUnderTest : IAsyncLifetime
{
    private static readonly ConcurrentDictionary<Type, Lazy<Task<ServedSite>>> _sites = new();
    private ServedSite? _served;

    // The folder of a site being built, before it is served: CreateOptions writes its files there.
    private string? _building;

    /// <summary>Gets the folder the site was built into.</summary>
    public string Output => Served.Output;

    /// <summary>Gets the base path the site is built for and served under.</summary>
    public string BasePath => Served.BasePath;

    /// <summary>Gets every generated HTML page, found in the output folder so new pages are covered without listing them.</summary>
    public IReadOnlyList<SitePage> Pages => Served.Pages;

    /// <summary>Gets the server's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Origin => Served.Server.Origin;

    /// <summary>Gets the folder used for temporary files of this site.</summary>
    protected string TempRoot => _building ?? Served.Root;

    private ServedSite Served => _served ?? throw new InvalidOperationException("the site is not built yet");

    public async Task InitializeAsync()
    {
        _served = await _sites.GetOrAdd(GetType(), _ => new Lazy<Task<ServedSite>>(BuildAndServeAsync, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Returns what the sweep found on every page, sweeping the site on first use (once per test run).</summary>
    /// <returns>The problems found, by check.</returns>
    public Task<SweepResult> SweepAsync()
    {
        Chromium.Require();
        return Served.Sweep.Value;
    }

    /// <summary>Opens a fresh browser context (no shared cache or cookies) that records every request the pages make.</summary>
    /// <param name="width">The viewport width in CSS pixels.</param>
    /// <param name="height">The viewport height in CSS pixels.</param>
    /// <param name="javaScript">Whether the pages' scripts run.</param>
    /// <returns>The session; dispose it to close the context.</returns>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        Chromium.Require();
        _ = Served; // A page of this site: it must have been built and served first.
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            JavaScriptEnabled = javaScript,
        });
        return await BrowserSession.StartAsync(context);
    }

    /// <summary>Returns where and how to build the site, writing any files it needs under <see cref="TempRoot"/>;
    /// the output folder is set by the fixture.</summary>
    /// <returns>The build options.</returns>
    protected abstract BuildOptions CreateOptions();

    private async Task<ServedSite> BuildAndServeAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "csa-site-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        _building = root;
        var output = Path.Combine(root, "output");
        var options = CreateOptions() with { OutputDirectory = output };
        var basePath = options.BaseUrl ?? "/";
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        var server = await StaticSiteServer.StartAsync(output, basePath);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new SitePage(file, new Uri(server.Origin, basePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file))))
            .ToList();
        var served = new ServedSite(root)
        {
            Output = output,
            BasePath = basePath,
            Server = server,
            Pages = pages,
            Sweep = new Lazy<Task<SweepResult>>(() => PageSweep.RunAsync(this), LazyThreadSafetyMode.ExecutionAndPublication),
        };
        _building = null;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        };
        return served;
    }

    // One site's build, server and sweep, shared by every fixture instance of its type.
    private sealed class ServedSite(string root)
    {
        public string Root { get; } = root;

        public string Output { get; init; } = string.Empty;

        public string BasePath { get; init; } = "/";

        public StaticSiteServer Server { get; init; } = null!;

        public IReadOnlyList<SitePage> Pages { get; init; } = [];

        public Lazy<Task<SweepResult>> Sweep { get; init; } = null!;
    }
}
