using System.CommandLine;
using System.Globalization;
using Csa.Site.Building;
using Csa.Site.Configuration;

namespace Csa.Site.Cli;

/// <summary>Holds the options shared by <c>build</c> and <c>serve</c> and turns a parse into <see cref="BuildOptions"/>.</summary>
internal sealed class BuildOptionSet(CliConsole console)
{
    private readonly Option<string> _content = new("--content") { Description = "The content folder: site.yml, Markdown pages, data/ and other files.", DefaultValueFactory = _ => "content" };
    private readonly Option<string?> _theme = new("--theme") { Description = "The theme folder: layouts/, layouts/partials/ and assets/. Default: themes/default here if it exists, else the default theme that comes with csa-site." };
    private readonly Option<string> _output = new("--output") { Description = "The output folder; replaced only when the whole build succeeds.", DefaultValueFactory = _ => "output" };
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "Where the site is published, e.g. /community-safety/lichfield/ or https://www.example.gov.uk/cs/ (overrides base_url in site.yml)." };
    private readonly Option<bool> _drafts = new("--drafts") { Description = "Include pages marked 'draft: true'." };
    private readonly Option<string?> _date = new("--date") { Description = "Build as of this date (YYYY-MM-DD): pages whose publish_date is later are left out. Default: today." };
    private readonly Option<bool> _strict = new("--warnings-as-errors") { Description = "Fail the build on any warning." };
    private readonly Option<bool> _force = new("--force") { Description = "Replace an output folder that holds files but was not made by csa-site (never the content, theme, current or home folder)." };
    private readonly Option<bool> _noCheck = new("--no-check") { Description = "Skip checking the built site's links, ids, reachability and sitemap before it replaces the output." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _content, _theme, _output, _baseUrl, _drafts, _date, _strict, _noCheck, _force })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the options; a bad date or base URL is reported on stderr and yields <see langword="null"/>.</summary>
    public BuildOptions? Read(ParseResult parse)
    {
        DateOnly? asOf = null;
        var dateText = parse.GetValue(_date);
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                console.Error.WriteLine($"--date: '{dateText}' is not a date written YYYY-MM-DD");
                return null;
            }

            asOf = d;
        }

        var baseUrl = parse.GetValue(_baseUrl);
        if (baseUrl is not null && !BaseUrl.TryParse(baseUrl, out _, out var problem))
        {
            console.Error.WriteLine($"--base-url: '{BaseUrl.Printable(baseUrl)}' is not a base URL: {problem}. Give a path such as /community-safety/ or an http(s) URL such as https://www.example.gov.uk/community-safety/");
            return null;
        }

        var options = new BuildOptions
        {
            SiteRoot = console.WorkingDirectory,
            ContentDirectory = console.Resolve(parse.GetValue(_content)!),
            ThemeDirectory = parse.GetValue(_theme) is { } theme ? console.Resolve(theme) : null,
            OutputDirectory = console.Resolve(parse.GetValue(_output)!),
            BaseUrl = baseUrl,
            IncludeDrafts = parse.GetValue(_drafts),
            BuildDate = asOf,
            WarningsAsErrors = parse.GetValue(_strict),
            RunChecks = !parse.GetValue(_noCheck),
            Force = parse.GetValue(_force),
        };
        if (options.OutputRefusal() is { } refusal)
        {
            // A wrong --output must never cost an author's files: refuse before anything is read or written.
            console.Error.WriteLine($"--output: will not use '{options.DisplayPath(options.Output)}' as the output folder: {refusal}.");
            return null;
        }

        return options;
    }
}
