using System.CommandLine;
using System.Globalization;
using Csa.Site.Building;
using Csa.Site.Diagnostics;

namespace Csa.Site.Cli;

/// <summary>Defines <c>csa-site build</c>: builds the site from content and a theme into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder: site.yml, Markdown pages, data/ and other files.", DefaultValueFactory = _ => "content" };
        var theme = new Option<string>("--theme") { Description = "The theme folder: layouts/, layouts/partials/ and assets/.", DefaultValueFactory = _ => Path.Combine("themes", "default") };
        var output = new Option<string>("--output") { Description = "The output folder; replaced only when the whole build succeeds.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site is published, e.g. /community-safety/lichfield/ or https://www.example.gov.uk/cs/ (overrides base_url in site.yml)." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        var date = new Option<string?>("--date") { Description = "Build as of this date (YYYY-MM-DD): pages whose publish_date is later are left out. Default: today." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Fail the build on any warning." };
        var noCheck = new Option<bool>("--no-check") { Description = "Skip checking the built site's links, ids, reachability and sitemap before it replaces the output." };
        var command = new Command("build", "Build the site into the output folder.") { content, theme, output, baseUrl, drafts, date, strict, noCheck };
        command.SetAction(parse =>
        {
            DateOnly? asOf = null;
            var dateText = parse.GetValue(date);
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"--date: '{dateText}' is not a date written YYYY-MM-DD");
                    return (int)ExitCode.UsageError;
                }

                asOf = d;
            }

            var options = new BuildOptions
            {
                ContentDirectory = parse.GetValue(content),
                ThemeDirectory = parse.GetValue(theme),
                OutputDirectory = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                BuildDate = asOf,
                WarningsAsErrors = parse.GetValue(strict),
                RunChecks = !parse.GetValue(noCheck),
            };
            var result = SiteBuilder.Build(options);
            return Report(result, options);
        });
        return command;
    }

    private static int Report(BuildResult result, BuildOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        var failed = !result.Succeeded || (options.WarningsAsErrors && result.Warnings > 0);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (failed)
        {
            Console.Error.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s) in {seconds} s; '{options.DisplayPath(options.Output)}' was left as it was.");
            return (int)ExitCode.SiteErrors;
        }

        Console.WriteLine($"Built {result.Pages} pages and {result.Files} other files into '{options.DisplayPath(options.Output)}' in {seconds} s ({result.Warnings} warning(s), 0 errors).");
        return (int)ExitCode.Success;
    }
}
