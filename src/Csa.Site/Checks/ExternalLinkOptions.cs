namespace Csa.Site.Checks;

/// <summary>Says how external links are checked over HTTP: politely, with a timeout and a retry.</summary>
public sealed record ExternalLinkOptions
{
    /// <summary>Gets how long one request may take before it counts as failed; 10 seconds unless set.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets how many hosts are checked at the same time; 4 unless set. Links to one host are checked one after another.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Gets the pause between two requests to the same host (and before a retry); 500 ms unless set.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets how many times a request that failed to connect, timed out or got a 5xx or 429 answer is tried again; 1 unless set.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>Gets the <c>User-Agent</c> sent with every request.</summary>
    public string UserAgent { get; init; } = "csa-site-check/1.0 (+link checker of a static site)";

    /// <summary>Gets the HTTP handler to send requests through; a new <see cref="SocketsHttpHandler"/> unless set (tests pass a fake).</summary>
    public HttpMessageHandler? Handler { get; init; }
}
