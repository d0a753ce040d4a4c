using System.Collections.Concurrent;
using System.Net;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Diagnostics;

namespace Csa.Site.Tests.Checks;

public sealed class ExternalLinkCheckerTests
{
    [Fact]
    public async Task A_refused_head_falls_back_to_get()
    {
        // Given
        using var handler = new FakeHandler((method, _) => method == HttpMethod.Head ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.OK);
        using var checker = new ExternalLinkChecker(Fast(handler));

        // When
        var results = await checker.CheckAsync(["https://a.example/page"]);

        // Then
        Assert.Null(results["https://a.example/page"]);
        Assert.Equal(["HEAD https://a.example/page", "GET https://a.example/page"], handler.Requests);
    }

    [Fact]
    public async Task A_missing_page_is_reported_without_a_retry()
    {
        // Given
        using var handler = new FakeHandler((_, _) => HttpStatusCode.NotFound);
        using var checker = new ExternalLinkChecker(Fast(handler));

        // When
        var results = await checker.CheckAsync(["https://a.example/gone"]);

        // Then
        Assert.Equal("HTTP 404 Not Found", results["https://a.example/gone"]);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_server_error_is_retried_once()
    {
        // Given: the first HEAD and GET fail with 503, the retry succeeds.
        var calls = 0;
        using var handler = new FakeHandler((_, _) => Interlocked.Increment(ref calls) <= 2 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        using var checker = new ExternalLinkChecker(Fast(handler));

        // When
        var results = await checker.CheckAsync(["https://a.example/busy"]);

        // Then
        Assert.Null(results["https://a.example/busy"]);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_host_that_does_not_answer_times_out_and_is_tried_twice()
    {
        // Given
        using var handler = new FakeHandler((_, _) => throw new HttpRequestException("connection refused"));
        using var checker = new ExternalLinkChecker(Fast(handler));

        // When
        var results = await checker.CheckAsync(["https://down.example/"]);

        // Then
        Assert.Equal("could not connect: connection refused", results["https://down.example/"]);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_slow_answer_is_a_timeout()
    {
        // Given
        using var handler = new FakeHandler((_, _) => HttpStatusCode.OK, delay: TimeSpan.FromSeconds(30));
        using var checker = new ExternalLinkChecker(Fast(handler) with { Timeout = TimeSpan.FromMilliseconds(50), Retries = 0 });

        // When
        var results = await checker.CheckAsync(["https://slow.example/"]);

        // Then
        Assert.Equal("no answer within 0.1 s", results["https://slow.example/"]);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_politeness_delay()
    {
        // Given
        using var handler = new FakeHandler((_, _) => HttpStatusCode.OK);
        using var checker = new ExternalLinkChecker(Fast(handler) with { PerHostDelay = TimeSpan.FromMilliseconds(150) });

        // When
        await checker.CheckAsync(["https://a.example/1", "https://a.example/2"]);

        // Then
        var times = handler.Times.OrderBy(t => t).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(140), $"only {(times[1] - times[0]).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task The_site_check_reports_a_broken_external_link_on_its_page()
    {
        // Given
        using var site = CheckedOutput.Create();
        using var handler = new FakeHandler((_, _) => HttpStatusCode.Gone);
        Assert.True(BaseUrl.TryParse("/cs/", out var baseUrl));

        // When
        var report = await SiteChecker.CheckAsync(new CheckOptions { Root = site.Output, BaseUrl = baseUrl, CheckExternal = true, External = Fast(handler) });

        // Then
        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.BrokenExternalLink, "index.html", "https://www.example.org/report.pdf"), (problem.Code, problem.Page, problem.Link));
        Assert.Equal("link to 'https://www.example.org/report.pdf' (a href): HTTP 410 Gone", problem.Message);
        Assert.True(Assert.Single(report.External).Checked);
    }

    private static ExternalLinkOptions Fast(HttpMessageHandler handler) =>
        new() { Handler = handler, PerHostDelay = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(5) };

    private sealed class FakeHandler(Func<HttpMethod, Uri, HttpStatusCode> answer, TimeSpan? delay = null) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<string> _requests = new();
        private readonly ConcurrentQueue<DateTime> _times = new();

        public IReadOnlyList<string> Requests => [.. _requests];

        public IReadOnlyList<DateTime> Times => [.. _times];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue($"{request.Method} {request.RequestUri}");
            _times.Enqueue(DateTime.UtcNow);
            if (delay is { } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            return new HttpResponseMessage(answer(request.Method, request.RequestUri!));
        }
    }
}
