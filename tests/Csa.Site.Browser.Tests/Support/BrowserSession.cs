using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Holds one browser context and page, and records what the page requested and reported while loading.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<string> _console = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        context.Request += (_, request) => _requests.Enqueue(request.Url);
        context.RequestFailed += (_, request) => _failures.Enqueue($"{request.Url} failed: {request.Failure}");
        context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _failures.Enqueue($"{response.Url} returned HTTP {response.Status}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _console.Enqueue($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _console.Enqueue("page error: " + error);
    }

    /// <summary>Gets the page.</summary>
    public IPage Page { get; }

    /// <summary>Gets every URL requested since the last <see cref="GotoAsync"/>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Gets the requests that failed or returned an HTTP error since the last <see cref="GotoAsync"/>.</summary>
    public IReadOnlyList<string> Failures => [.. _failures];

    /// <summary>Gets the console errors and warnings (e.g. Content-Security-Policy violations) since the last <see cref="GotoAsync"/>.</summary>
    public IReadOnlyList<string> ConsoleMessages => [.. _console];

    internal static async Task<BrowserSession> StartAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Loads a page and waits for its load event (the theme has no script, so everything it requests has loaded).</summary>
    /// <param name="page">The page.</param>
    /// <returns>A task.</returns>
    public async Task GotoAsync(SitePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _requests.Clear();
        _failures.Clear();
        _console.Clear();
        var response = await Page.GotoAsync(page.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"{page}: HTTP {response?.Status}");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
