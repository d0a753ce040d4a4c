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
/// <remarks>A failed rebuild prints its diagnostics and keeps serving the last good output.</remarks>
internal static class ServeCommand
{
    public static Command Create()
    {
        var set = new BuildOptionSet();
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

            BuildCommand.Report(SiteBuilder.Build(options), options);
            var basePath = ReadSiteConfig.Run(options, new SourceFiles(), new DiagnosticBag())?.BaseUrl.Path ?? "/";
            using var watcher = new SiteWatcher([options.Content, options.Theme], () => BuildCommand.Report(SiteBuilder.Build(options), options));
            Directory.CreateDirectory(options.Output);
            var app = CreateServer(options.Output, basePath, parse.GetValue(port));
            Console.WriteLine($"Serving '{options.DisplayPath(options.Output)}' at http://127.0.0.1:{parse.GetValue(port)}{basePath} (Ctrl+C to stop).");
            await app.StartAsync(cancel);
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }

            await app.StopAsync(CancellationToken.None);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static WebApplication CreateServer(string output, string basePath, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
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
