using System.Diagnostics;
using Csa.Site.Printing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Csa.Site.Cli;

/// <summary>Prints a page of a built site to PDF with headless Chromium, serving the site on a loopback port meanwhile
/// (pages link to their styles and images from the site's root, which a <c>file:</c> address would not find).</summary>
/// <remarks>Chromium's PDF is tagged (a structure tree for screen readers), carries the page's title and language, and gets
/// bookmarks from the page's headings (<c>--generate-pdf-document-outline</c>). No header or footer is added.</remarks>
/// <param name="program">The Chromium program, or <see langword="null"/> to look for one on the PATH.</param>
internal sealed class ChromiumPrinter(string? program) : IPagePrinter
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(3);
    private static readonly string[] _names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public string? Print(string siteFolder, string basePath, string pageLink, string pdfFile)
    {
        var executable = program ?? _names.Select(FindOnPath).FirstOrDefault(p => p is not null);
        if (executable is null || (program is not null && !File.Exists(program)))
        {
            return program is null
                ? "no Chromium was found (looked for chromium, chromium-browser, google-chrome and google-chrome-stable on the PATH); install one, or name it with --chromium PATH or CSA_CHROMIUM"
                : $"'{program}' does not exist; name the Chromium program with --chromium PATH or CSA_CHROMIUM";
        }

        var app = ServeCommand.CreateServer(siteFolder, basePath, 0);
        app.StartAsync().GetAwaiter().GetResult();
        var profile = Directory.CreateTempSubdirectory("csa-site-chromium-");
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile.FullName,
                "--no-pdf-header-footer", "--generate-pdf-document-outline", "--run-all-compositor-stages-before-draw",
                "--print-to-pdf=" + pdfFile, address.TrimEnd('/') + pageLink,
            })
            {
                start.ArgumentList.Add(argument);
            }

            // Chromium's sandbox needs user namespaces, which a container run as root does not give.
            if (Environment.UserName == "root")
            {
                start.ArgumentList.Insert(0, "--no-sandbox");
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"Chromium did not finish within {_timeout.TotalMinutes} minutes";
            }

            return process.ExitCode == 0 && File.Exists(pdfFile)
                ? null
                : $"Chromium exited with code {process.ExitCode}: {LastLine(errors.GetAwaiter().GetResult())}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return $"could not run '{executable}': {ex.Message}";
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held open is left for the system's temporary-file cleaning.
            }
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
}
