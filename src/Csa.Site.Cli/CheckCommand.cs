using System.CommandLine;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Output;
using Csa.Site.Yaml;

namespace Csa.Site.Cli;

/// <summary>Defines <c>csa-site check</c>: checks a built site's links, ids, link text, reachability, sitemap and downloads.</summary>
/// <remarks>Standalone, the check knows only the output, so problems name the output page and line; the content file
/// that produced a page is named when the same checks run inside <c>csa-site build</c>.</remarks>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output") { Description = "The built site to check.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site is published (default: the base URL it was built with, which the output records; else base_url in content/site.yml; else /)." };
        var format = new Option<string>("--format") { Description = "How to report: text, json, or github (GitHub Actions annotations).", DefaultValueFactory = _ => "text" };
        var external = new Option<bool>("--external") { Description = "Also check links to other sites over HTTP (slow; off by default: they are only listed)." };
        var ignore = new Option<string?>("--ignore") { Description = "A file of URLs or URL prefixes to leave unchecked, one a line; '#' starts a comment." };
        var release = new Option<bool>("--release") { Description = "Check whether the site can go live: deadline, drafts, placeholders, accessibility statement, base URL host, data licences, and every link, external ones too." };
        var content = new Option<string>("--content") { Description = "With --release: the content folder.", DefaultValueFactory = _ => "content" };
        var date = new Option<string?>("--date") { Description = "With --release: check as of this date (YYYY-MM-DD). Default: today." };
        var offline = new Option<bool>("--offline") { Description = "With --release: do not fetch external links (they are only listed)." };
        var command = new Command("check", "Check a built site's links, fragments, ids, link text, reachability, sitemap and downloads; with --release, whether it can go live.") { output, baseUrl, format, external, ignore, release, content, date, offline };
        command.SetAction(parse =>
        {
            if (!TryParseFormat(parse.GetValue(format), out var chosen))
            {
                console.Error.WriteLine($"--format: '{parse.GetValue(format)}' is not one of text, json, github");
                return (int)ExitCode.UsageError;
            }

            if (parse.GetValue(release))
            {
                return ReadIgnore(console, parse.GetValue(ignore), out var ignoredForRelease)
                    ? ReleaseCheckRun.Run(console, parse.GetValue(output)!, parse.GetValue(content)!, parse.GetValue(baseUrl), parse.GetValue(date), parse.GetValue(offline), ignoredForRelease, chosen)
                    : (int)ExitCode.UsageError;
            }

            var folder = parse.GetValue(output)!;
            var root = console.Resolve(folder);

            // The base URL the site was built with (its output records it), else the one in content/site.yml, else '/'.
            var baseText = parse.GetValue(baseUrl) ?? OutputFolderGuard.RecordedBaseUrl(root) ?? BaseUrlFromSiteConfig(console);
            if (!BaseUrl.TryParse(baseText, out var parsedBase, out var problem))
            {
                console.Error.WriteLine($"--base-url: '{BaseUrl.Printable(baseText)}' is not a base URL: {problem}. Give a path such as /community-safety/ or an http(s) URL");
                return (int)ExitCode.UsageError;
            }

            if (!ReadIgnore(console, parse.GetValue(ignore), out var ignored))
            {
                return (int)ExitCode.UsageError;
            }

            if (!Directory.Exists(root))
            {
                console.Error.WriteLine($"'{folder}' does not exist: build the site first (csa-site build)");
                return (int)ExitCode.SiteErrors;
            }

            var options = new CheckOptions
            {
                Root = root,
                DisplayRoot = folder.Replace('\\', '/').TrimEnd('/'),
                BaseUrl = parsedBase,
                Ignore = ignored,
                CheckExternal = parse.GetValue(external),
            };
            var report = SiteChecker.CheckAsync(options).GetAwaiter().GetResult();
            CheckReportWriter.Write(report, chosen, options.DisplayRoot, console.Out);
            return (int)(report.Succeeded ? ExitCode.Success : ExitCode.SiteErrors);
        });
        return command;
    }

    private static bool ReadIgnore(CliConsole console, string? ignoreFile, out IReadOnlyList<string> ignored)
    {
        ignored = [];
        if (ignoreFile is null)
        {
            return true;
        }

        var file = console.Resolve(ignoreFile);
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"--ignore: the file '{ignoreFile}' does not exist");
            return false;
        }

        ignored = IgnoreList.Parse(File.ReadAllText(file));
        return true;
    }

    private static bool TryParseFormat(string? text, out CheckFormat format)
    {
        format = text?.ToUpperInvariant() switch
        {
            "TEXT" => CheckFormat.Text,
            "JSON" => CheckFormat.Json,
            "GITHUB" => CheckFormat.GitHub,
            _ => (CheckFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    // The same default as build: the base URL in content/site.yml, so 'csa-site build && csa-site check' agree.
    private static string? BaseUrlFromSiteConfig(CliConsole console)
    {
        var file = console.Resolve(Path.Combine("content", SiteConfig.FileName));
        try
        {
            return File.Exists(file) ? YamlReader.ReadMapping(File.ReadAllText(file)).Get("base_url") as string : null;
        }
        catch (YamlParseException)
        {
            return null;
        }
    }
}
