using Csa.Site.Building;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Builds a site into a temporary folder with the real engine, serves it over HTTP and starts the browser.</summary>
/// <remarks>Shared by every test of a class (an xunit class fixture). A missing browser does not fail the fixture:
/// each test calls <see cref="Chromium.Require"/> so the reason is reported once per test, as a skip or a failure.</remarks>
public abstract class SiteUnderTest : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "csa-site-browser-tests", Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the folder the site was built into.</summary>
    public string Output => Path.Combine(_root, "output");

    /// <summary>Gets the base path the site is built for and served under.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>Gets every generated HTML page, found in the output folder so new pages are covered without listing them.</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];

    /// <summary>Gets the server's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Origin => _server?.Origin ?? throw new InvalidOperationException("the site is not being served");

    /// <summary>Gets the folder used for temporary files of this fixture.</summary>
    protected string TempRoot => _root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var options = CreateOptions() with { OutputDirectory = Output };
        BasePath = options.BaseUrl ?? "/";
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        _server = await StaticSiteServer.StartAsync(Output, BasePath);
        Pages = [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new SitePage(file, new Uri(Origin, BasePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file))))];
        if (Chromium.IsInstalled)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Opens a fresh browser context (no shared cache or cookies) that records every request the pages make.</summary>
    /// <param name="width">The viewport width in CSS pixels.</param>
    /// <param name="height">The viewport height in CSS pixels.</param>
    /// <param name="javaScript">Whether the pages' scripts run.</param>
    /// <returns>The session; dispose it to close the context.</returns>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        Chromium.Require();
        var browser = _browser ?? throw new InvalidOperationException("the browser did not start");
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
}
