using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Serves a built site over HTTP on 127.0.0.1 with Kestrel, under its base path, the way a web server would.</summary>
/// <remarks>Only the base path is served: a link that forgets it gets a 404, which the tests notice.</remarks>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Gets the scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Origin { get; }

    /// <summary>Starts serving a folder at a base path on a free port.</summary>
    /// <param name="folder">The built site.</param>
    /// <param name="basePath">The path it is published under, starting and ending with <c>/</c>.</param>
    /// <returns>The running server.</returns>
    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = basePath.TrimEnd('/'),
            EnableDefaultFiles = true,
            StaticFileOptions = { ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" },
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new StaticSiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
