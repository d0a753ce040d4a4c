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
/// <param name="timeout">How long Chromium may take before it is stopped and the build fails.</param>
internal sealed class ChromiumPrinter(string? program, TimeSpan timeout) : IPagePrinter
{
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
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"Chromium did not finish within {timeout.TotalSeconds:0} seconds, so it was stopped (give it longer with --pdf-timeout SECONDS)";
            }

            if (process.ExitCode != 0 || !File.Exists(pdfFile))
            {
                return $"Chromium exited with code {process.ExitCode}: {LastLine(errors.GetAwaiter().GetResult())}";
            }

            // A program that is not Chromium, or a Chromium that failed half-way, may leave a file that is not a whole PDF.
            return IsPdf(pdfFile) ? null : $"'{executable}' wrote a file that is not a whole PDF (it must start '%PDF-' and end '%%EOF'): is it Chromium?";
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

    private static bool IsPdf(string file)
    {
        using var stream = File.OpenRead(file);
        if (stream.Length < 16)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[5];
        stream.ReadExactly(head);
        var tail = new byte[Math.Min(1024, (int)stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return head.SequenceEqual("%PDF-"u8) && System.Text.Encoding.ASCII.GetString(tail).Contains("%%EOF", StringComparison.Ordinal);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
}
