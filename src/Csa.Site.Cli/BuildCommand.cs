using System.CommandLine;
using System.Globalization;
using Csa.Site.Building;

namespace Csa.Site.Cli;

/// <summary>Defines <c>csa-site build</c>: builds the site from content and a theme into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var set = new BuildOptionSet(console);
        var command = new Command("build", "Build the site into the output folder.");
        set.AddTo(command);
        var pdf = new Option<bool>("--pdf") { Description = "Also print the whole plan on one page (site.yml 'print:') to a PDF with headless Chromium: tagged, with bookmarks from its headings." };
        var chromium = new Option<string?>("--chromium") { Description = "The Chromium or Chrome program for --pdf. Default: $CSA_CHROMIUM, else chromium, chromium-browser, google-chrome or google-chrome-stable on the PATH." };
        var pdfTimeout = new Option<int>("--pdf-timeout") { Description = "With --pdf: the seconds Chromium may take to print before the build stops it and fails.", DefaultValueFactory = _ => 180 };
        command.Options.Add(pdf);
        command.Options.Add(chromium);
        command.Options.Add(pdfTimeout);
        command.SetAction(parse =>
        {
            var options = set.Read(parse);
            if (options is null)
            {
                return (int)ExitCode.UsageError;
            }

            if (parse.GetValue(pdfTimeout) is < 1 or > 86400)
            {
                console.Error.WriteLine($"--pdf-timeout: {parse.GetValue(pdfTimeout)} is not a number of seconds from 1 to 86400");
                return (int)ExitCode.UsageError;
            }

            if (parse.GetValue(pdf))
            {
                options = options with { PdfPrinter = new ChromiumPrinter(parse.GetValue(chromium) ?? Environment.GetEnvironmentVariable("CSA_CHROMIUM"), TimeSpan.FromSeconds(parse.GetValue(pdfTimeout))) };
            }

            // A content folder whose site.yml lists 'partnerships:' is a county: each partnership under its own path.
            return Report(CountyBuilder.IsCounty(options) ? CountyBuilder.Build(options) : SiteBuilder.Build(options), options, console);
        });
        return command;
    }

    /// <summary>Prints the diagnostics to stderr and the summary line; returns the exit code.</summary>
    public static int Report(BuildResult result, BuildOptions options, CliConsole console)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        var failed = !result.Succeeded || (options.WarningsAsErrors && result.Warnings > 0);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (failed)
        {
            console.Error.WriteLine($"Build failed: {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")} in {seconds} s; '{options.DisplayPath(options.Output)}' was left as it was.");
            return (int)ExitCode.SiteErrors;
        }

        console.Out.WriteLine($"Built {Count(result.Pages, "page")}, {Count(result.Tables, "table")}, {Count(result.Charts, "chart")} and {Count(result.Files, "other file")} into '{options.DisplayPath(options.Output)}' in {seconds} s ({Count(result.Warnings, "warning")}, 0 errors).");
        return (int)ExitCode.Success;
    }

    // "1 page", "2 pages", "0 errors".
    private static string Count(int count, string thing) => count.ToString(CultureInfo.InvariantCulture) + " " + thing + (count == 1 ? string.Empty : "s");
}
