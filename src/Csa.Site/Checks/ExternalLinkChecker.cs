using System.Globalization;
using System.Net;

namespace Csa.Site.Checks;

/// <summary>Checks external links over HTTP: HEAD first, GET when HEAD is refused, with a timeout, one retry,
/// a few hosts at a time and a pause between requests to the same host.</summary>
public sealed class ExternalLinkChecker : IDisposable
{
    private readonly ExternalLinkOptions _options;
    private readonly HttpClient _client;

    /// <summary>Initializes a new instance of the <see cref="ExternalLinkChecker"/> class.</summary>
    /// <param name="options">Timeout, concurrency, politeness delay, retries and the HTTP handler.</param>
    public ExternalLinkChecker(ExternalLinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = options.Handler is null
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 })
            : new HttpClient(options.Handler, disposeHandler: false);
        _client.Timeout = Timeout.InfiniteTimeSpan;
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>Checks every URL, each once.</summary>
    /// <param name="urls">Absolute http(s) URLs.</param>
    /// <param name="cancellationToken">Stops the checks.</param>
    /// <returns>For each URL, <see langword="null"/> when it answered with success, else what went wrong.</returns>
    public async Task<IReadOnlyDictionary<string, string?>> CheckAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var byHost = urls.Distinct(StringComparer.Ordinal).GroupBy(u => new Uri(u).Authority, StringComparer.OrdinalIgnoreCase);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(byHost, parallel, async (host, token) =>
        {
            var first = true;
            foreach (var url in host)
            {
                if (!first)
                {
                    // Be polite: one request at a time per host, with a pause between them.
                    await Task.Delay(_options.PerHostDelay, token);
                }

                first = false;
                results[url] = await CheckOneAsync(url, token);
            }
        });
        return results;
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _client.Dispose();

    private async Task<string?> CheckOneAsync(string url, CancellationToken cancellationToken)
    {
        string? error = null;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(_options.PerHostDelay, cancellationToken);
            }

            bool retry;
            (error, retry) = await TryAsync(url, cancellationToken);
            if (error is null || !retry)
            {
                return error;
            }
        }

        return error;
    }

    private async Task<(string? Error, bool Retry)> TryAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var status = await StatusAsync(HttpMethod.Head, url, cancellationToken);
            if (!IsSuccess(status))
            {
                // Many servers refuse or mishandle HEAD; ask again the way a browser does.
                status = await StatusAsync(HttpMethod.Get, url, cancellationToken);
            }

            return IsSuccess(status)
                ? (null, false)
                : ($"HTTP {(int)status} {ReasonOf(status)}", (int)status >= 500 || status == HttpStatusCode.TooManyRequests);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ($"no answer within {_options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s", true);
        }
        catch (HttpRequestException ex)
        {
            return ("could not connect: " + ex.Message, true);
        }
    }

    private async Task<HttpStatusCode> StatusAsync(HttpMethod method, string url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(method, url);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return response.StatusCode;
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 400;

    private static string ReasonOf(HttpStatusCode status) =>
        Enum.IsDefined(status) ? System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ") : string.Empty;
}
