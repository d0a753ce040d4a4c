using System.CommandLine;
using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Csa.Site.Cli;

/// <summary>Defines <c>csa-site serve</c>: builds the site, serves the output on this machine under its base path, and
/// rebuilds when content or theme files change, so an analyst can preview the plan while editing it.</summary>
/// <remarks>Rebuilds go through one <see cref="BuildSession"/>, which renders again only the pages, charts and files whose
/// inputs changed and writes only the output files whose bytes changed. A failed rebuild prints its diagnostics and keeps serving the last good output. Ctrl+C (SIGINT) and SIGTERM
/// stop it within a second with exit code 0, also during a build.</remarks>
internal static class ServeCommand
{
    // Open keep-alive connections are not waited for longer than this, so the command ends within a second of the signal.
    private static readonly TimeSpan _stopGrace = TimeSpan.FromMilliseconds(500);

    // How long after a rebuild that deferred the whole-plan page that page is built, in milliseconds: time for the
    // browser to reload the edited page without a full build competing for the processor.
    private const int WholePlanDelay = 300;

    public static Command Create(CliConsole console)
    {
        var set = new BuildOptionSet(console);
        var port = new Option<int>("--port") { Description = "The port to serve on (on 127.0.0.1).", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1:PORT and rebuild on every change.") { port };
        set.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var options = set.Read(parse);
            if (options is null)
            {
                return (int)ExitCode.UsageError;
            }

            if (parse.GetValue(port) is < 1 or > 65535)
            {
                console.Error.WriteLine($"--port: {parse.GetValue(port)} is not a port: give a number from 1 to 65535, such as 8080");
                return (int)ExitCode.UsageError;
            }

            var live = new LiveReload();

            // One session for every build: a rebuild renders only what changed and writes only the files that did.
            var session = new BuildSession(options);

            // The first build runs off this thread so Ctrl+C or SIGTERM during it still stops at once.
            try
            {
                await Task.Run(() =>
                {
                    var result = session.Build();
                    live.Publish(result, options);
                    return BuildCommand.Report(result, options, console);
                }, CancellationToken.None).WaitAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                return (int)ExitCode.Success;
            }

            var basePath = ReadSiteConfig.Run(options, new SourceFiles(), new DiagnosticBag())?.BaseUrl.Path ?? "/";
            void Announce(BuildResult result)
            {
                live.Publish(result, options);
                BuildCommand.Report(result, options, console);
            }

            // The whole-plan page, left out of date by a rebuild that deferred it, is brought up to date once the browser
            // has had time to reload the edited page; a newer change puts this off again.
            using var wholePlan = new Timer(_ => Announce(session.Build()));
            using var watcher = new SiteWatcher([options.Content, options.Theme], () =>
            {
                wholePlan.Change(Timeout.Infinite, Timeout.Infinite);
                // The edited pages first, with the whole-plan page (every page on one) as it was: open pages that changed reload.
                // A deferred rebuild that fails is not shown; the out-of-date whole plan may be why, so it is built whole at once.
                var result = session.Build(deferWholePlan: true);
                if (!result.WholePlanDeferred)
                {
                    Announce(result);
                }
                else if (LiveReload.Failed(result, options))
                {
                    Announce(session.Build());
                }
                else
                {
                    Announce(result);
                    wholePlan.Change(WholePlanDelay, Timeout.Infinite);
                }
            });
            Directory.CreateDirectory(options.Output);
            var app = CreateServer(options.Output, basePath, parse.GetValue(port), live);
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException ex)
            {
                // Another program (or another csa-site serve) has the port.
                watcher.Stop();
                console.Error.WriteLine($"serve: cannot listen on 127.0.0.1:{parse.GetValue(port)}: {ex.Message.TrimEnd('.')}. Choose another port with --port, such as --port {(parse.GetValue(port) == 8080 ? 8081 : 8080)}");
                return (int)ExitCode.SiteErrors;
            }

            console.Out.WriteLine($"Serving '{options.DisplayPath(options.Output)}' at http://127.0.0.1:{parse.GetValue(port)}{basePath} (Ctrl+C to stop).");

            // Either System.CommandLine (Ctrl+C, SIGTERM) or the web host's own signal handling may see the signal first.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop serving.
            }

            // A rebuild in progress is abandoned: it runs on a background thread and leaves the last good output in place.
            watcher.Stop();
            wholePlan.Change(Timeout.Infinite, Timeout.Infinite);
            using var grace = new CancellationTokenSource(_stopGrace);
            await app.StopAsync(grace.Token);
            return (int)ExitCode.Success;
        });
        return command;
    }

    /// <summary>Creates the preview server of a built site: loopback only, answering only its own host names, the site under
    /// its base path, anything else its 404 page.</summary>
    /// <param name="output">The built site.</param>
    /// <param name="basePath">The path the site lives under.</param>
    /// <param name="port">The port; 0 for any free one.</param>
    /// <param name="live">Live reload for the served pages; none when <see langword="null"/>.</param>
    /// <returns>The server, not yet started.</returns>
    internal static WebApplication CreateServer(string output, string basePath, int port, LiveReload? live = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        // Only requests made to this machine by name are answered, so a web page elsewhere cannot read the preview through
        // a host name of its own that points at 127.0.0.1 (DNS rebinding).
        builder.Services.AddHostFiltering(o =>
        {
            o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"];
            o.AllowEmptyHosts = false;
        });
        var app = builder.Build();
        app.UseHostFiltering();
        live?.MapTo(app, output, basePath);
        var files = new PhysicalFileProvider(Path.GetFullPath(output));
        var options = new FileServerOptions { FileProvider = files, RequestPath = basePath.TrimEnd('/') };
        options.StaticFileOptions.ServeUnknownFileTypes = false;
        app.UseFileServer(options);
        app.Run(async context =>
        {
            // Anything else is the site's own 404 page, as a web server would serve it.
            context.Response.StatusCode = 404;
            var notFound = Path.Combine(output, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        return app;
    }
}
