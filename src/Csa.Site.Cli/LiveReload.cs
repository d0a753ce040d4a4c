using System.Text;
using System.Text.Json;
using Csa.Site.Building;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Csa.Site.Cli;

/// <summary>Live reload for <c>csa-site serve</c>: served pages (never the built files) get a small script of the tool's own,
/// which reloads the page after each successful rebuild and, after a failed one, shows the problems over the page until
/// they are fixed.</summary>
/// <remarks>The script listens to server-sent events at <c>BASE/__csa-site/events</c>. It is served from the site's own origin,
/// so the pages' Content Security Policy (<c>script-src 'self'</c>) allows it.</remarks>
internal sealed class LiveReload
{
    /// <summary>Gets the folder, under the base path, of the live-reload script and its events.</summary>
    public const string Folder = "__csa-site";

    private readonly object _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // The output files each recent build changed, newest last: null for "reload every page".
    private readonly List<(int Build, string[]? Pages)> _history = [];
    private int _build;
    private bool _failed;
    private string[] _problems = [];

    /// <summary>Tells every open page of a build's outcome: after a success, a page reloads when its own file or anything
    /// pages load (styles, scripts, images) changed, or when it showed the last failure's problems; after a failure, every
    /// page lists the problems.</summary>
    /// <param name="result">The build's result.</param>
    /// <param name="options">The options it was built with (for <c>--warnings-as-errors</c>).</param>
    public void Publish(BuildResult result, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var failed = Failed(result, options);
        TaskCompletionSource done;
        lock (_gate)
        {
            _build++;
            _problems = failed ? [.. result.Diagnostics.Select(d => d.ToDisplayString())] : [];
            var changed = result.ChangedFiles;
            string[]? pages = failed ? [] : _failed || changed is null || !changed.All(IsPageOrDownload) ? null : [.. changed];
            _failed = failed;
            _history.Add((_build, pages));
            if (_history.Count > 64)
            {
                _history.RemoveAt(0);
            }

            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Returns whether a build counts as failed for the open pages.</summary>
    /// <param name="result">The build's result.</param>
    /// <param name="options">The options it was built with.</param>
    /// <returns><see langword="true"/> when it had errors, or warnings under <c>--warnings-as-errors</c>.</returns>
    public static bool Failed(BuildResult result, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return !result.Succeeded || (options.WarningsAsErrors && result.Warnings > 0);
    }

    // A page's own file, or a download that pages link to but do not load (the pages that show its size changed too).
    private static bool IsPageOrDownload(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".csv" or ".json" or ".ods" or ".xml" or ".txt" or ".pdf";

    // The pages changed by the builds after the one a page last heard of: null when any build changed what every page loads.
    private string[]? ChangedSince(int seen)
    {
        if (_history.Count == 0 || _history[0].Build > seen + 1)
        {
            return null;
        }

        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, changed) in _history.Where(h => h.Build > seen))
        {
            if (changed is null)
            {
                return null;
            }

            pages.UnionWith(changed);
        }

        return [.. pages];
    }

    /// <summary>Adds the script, the events and the injection into served pages to the server.</summary>
    /// <param name="app">The preview server.</param>
    /// <param name="output">The folder being served.</param>
    /// <param name="basePath">The path the site lives under.</param>
    public void MapTo(WebApplication app, string output, string basePath)
    {
        ArgumentNullException.ThrowIfNull(app);
        var prefix = basePath.TrimEnd('/') + "/" + Folder;
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == prefix + "/live.js")
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(Script(prefix + "/events", basePath), context.RequestAborted);
                return;
            }

            if (path == prefix + "/events")
            {
                await StreamEvents(context, stopping);
                return;
            }

            if (HttpMethods.IsGet(context.Request.Method) && PageFile(output, basePath, path) is { } file)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(Inject(await File.ReadAllTextAsync(file, context.RequestAborted), prefix + "/live.js"), context.RequestAborted);
                return;
            }

            await next(context);
        });
    }

    /// <summary>Adds the live-reload script before the end of a page's body.</summary>
    /// <param name="html">The page as built.</param>
    /// <param name="scriptUrl">The script's address.</param>
    /// <returns>The page as served.</returns>
    public static string Inject(string html, string scriptUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var tag = $"<script src=\"{scriptUrl}\" defer></script>\n";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }

    private static string? PageFile(string output, string basePath, string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (!relative.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(output, relative.Replace('/', Path.DirectorySeparatorChar)));
        return file.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    private async Task StreamEvents(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var seen = -1;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                Task next;
                int build;
                string[] problems;
                string[]? pages;
                lock (_gate)
                {
                    next = _changed.Task;
                    build = _build;
                    problems = _problems;
                    pages = ChangedSince(seen);
                }

                // On connecting, a page learns of problems still unfixed; after that, of every build and what it changed.
                var message = problems.Length > 0
                    ? "event: problems\ndata: " + JsonSerializer.Serialize(problems, LiveReloadJson.Default.StringArray) + "\n\n"
                    : seen < 0 ? ": connected\n\n" : "event: reload\ndata: " + JsonSerializer.Serialize(new ReloadMessage(build, pages), LiveReloadJson.Default.ReloadMessage) + "\n\n";
                await context.Response.WriteAsync(message, Encoding.UTF8, cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
                seen = build;
                await next.WaitAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
    }

    private static string Script(string eventsUrl, string basePath) => $$"""
        // csa-site serve: reloads this page after a successful rebuild changed it (or what it loads), and lists a failed
        // rebuild's problems over it. Added to pages only while they are served by 'csa-site serve'; built files never contain it.
        (function () {
          "use strict";
          var base = {{JsonSerializer.Serialize(basePath, LiveReloadJson.Default.String)}};
          var events = new EventSource({{JsonSerializer.Serialize(eventsUrl, LiveReloadJson.Default.String)}});
          events.addEventListener("reload", function (e) {
            var changed = JSON.parse(e.data).pages;
            if (!changed || changed.indexOf(file()) >= 0 || document.getElementById("csa-site-problems")) location.reload();
          });
          // This page's file in the output folder, as the server names the files a build changed.
          function file() {
            var path = location.pathname;
            path = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\//, "");
            try { path = decodeURIComponent(path); } catch (e) { }
            return path === "" || path.charAt(path.length - 1) === "/" ? path + "index.html" : path;
          }
          events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
          function show(problems) {
            var old = document.getElementById("csa-site-problems");
            if (old) old.remove();
            var box = document.createElement("section");
            box.id = "csa-site-problems";
            box.setAttribute("role", "alert");
            box.setAttribute("aria-label", "The last rebuild failed");
            box.style.cssText = "position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#fff;color:#0b0c0c;" +
              "border:5px solid #d4351c;padding:1rem;font:16px/1.4 monospace;white-space:pre-wrap";
            var heading = document.createElement("h2");
            heading.textContent = "The last rebuild failed: " + problems.length + " problem(s). Save a fix and this page reloads.";
            box.appendChild(heading);
            problems.forEach(function (p) {
              var item = document.createElement("pre");
              item.textContent = p;
              box.appendChild(item);
            });
            document.body.appendChild(box);
          }
        })();
        """;
}

/// <summary>The JSON types the live-reload endpoint writes, for source-generated serialisation.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ReloadMessage))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class LiveReloadJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>A reload event: the build's number and the output files changed since the page last heard, or none for all.</summary>
/// <param name="Build">The build's number in this session.</param>
/// <param name="Pages">The changed files, relative to the output folder; <see langword="null"/> when every page should reload.</param>
internal sealed record ReloadMessage(int Build, string[]? Pages);
