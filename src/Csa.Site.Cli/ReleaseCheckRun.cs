using System.Globalization;
using Csa.Site.Checks;
using Csa.Site.Release;
using Csa.Site.Configuration;

namespace Csa.Site.Cli;

/// <summary>Runs <c>csa-site check --release</c>: "can this go live today?", on the content and the built site.</summary>
internal static class ReleaseCheckRun
{
    public static int Run(CliConsole console, string output, string content, string? baseUrlText, string? dateText, bool offline, IReadOnlyList<string> ignored, CheckFormat format)
    {
        var date = DateOnly.FromDateTime(DateTime.Today);
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            console.Error.WriteLine($"--date: '{dateText}' is not a date written YYYY-MM-DD");
            return (int)ExitCode.UsageError;
        }

        BaseUrl? baseUrl = null;
        if (baseUrlText is not null)
        {
            if (!BaseUrl.TryParse(baseUrlText, out var parsed, out var problem))
            {
                console.Error.WriteLine($"--base-url: '{BaseUrl.Printable(baseUrlText)}' is not a base URL: {problem}");
                return (int)ExitCode.UsageError;
            }

            baseUrl = parsed;
        }

        var contentFolder = console.Resolve(content);
        var outputFolder = console.Resolve(output);
        if (!Directory.Exists(contentFolder))
        {
            console.Error.WriteLine($"--content: the content folder '{content}' does not exist");
            return (int)ExitCode.UsageError;
        }

        if (!Directory.Exists(outputFolder))
        {
            console.Error.WriteLine($"'{output}' does not exist: build the site first (csa-site build)");
            return (int)ExitCode.SiteErrors;
        }

        var options = new ReleaseOptions
        {
            SiteRoot = console.WorkingDirectory,
            Content = contentFolder,
            Output = outputFolder,
            BaseUrl = baseUrl,
            Date = date,
            CheckExternal = !offline,
            Ignore = ignored,
        };
        var report = ReleaseChecker.CheckAsync(options).GetAwaiter().GetResult();
        ReleaseReportWriter.Write(report, format, console.Out);
        return (int)(report.Ready ? ExitCode.Success : ExitCode.SiteErrors);
    }
}
