using Csa.Site.Building;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Diagnostics;
using Csa.Site.Yaml;

namespace Csa.Site.Release;

/// <summary>Answers "can this go live today?": runs every release rule on the content and the built site.</summary>
/// <remarks>Blocking problems are errors: placeholder pages and text, an incomplete accessibility statement, a base URL
/// without a host, tables without licence or source, and anything <c>csa-site check</c> reports. Warnings do not block:
/// the deadline, drafts and later publish dates left out, measures not published and external links that failed.</remarks>
public static class ReleaseChecker
{
    /// <summary>Runs the release check.</summary>
    /// <param name="options">What to check, as of which date.</param>
    /// <param name="cancellationToken">Stops the external link checks.</param>
    /// <returns>The report.</returns>
    public static async Task<ReleaseReport> CheckAsync(ReleaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var findings = new DiagnosticBag();
        var siteYmlPath = Path.Combine(options.Content, SiteConfig.FileName);
        var siteYml = options.DisplayPath(siteYmlPath);
        var config = ReadConfig(siteYmlPath, siteYml, findings);
        var settings = ReleaseSettings.From(config);
        var baseUrl = options.BaseUrl ?? (BaseUrl.TryParse(config.Get("base_url") as string ?? "/", out var parsed) ? parsed : BaseUrl.Root);

        DeadlineRule.Run(settings, options.Date, siteYml, findings);
        var build = new BuildOptions { SiteRoot = options.SiteRoot, ContentDirectory = options.Content };
        var sources = LoadPages.Run(build, new SourceFiles(), new DiagnosticBag());
        PageStatusRule.Run(options, sources, findings);
        var pages = SiteFiles.Scan(options.Output).Paths.Where(SiteFiles.IsPage).ToList();
        PlaceholderTextRule.Run(options, settings.Placeholders, pages, findings);
        AccessibilityStatementRule.Run(options, settings.StatementUrl, findings);
        BaseUrlRule.Run(options, baseUrl, siteYml, config.KeyLines.GetValueOrDefault("base_url"), findings);
        var data = LoadTables.Run(build, new SourceFiles(), new DiagnosticBag());
        DataRule.Run(options, data, findings);
        TypedFiguresRule.Run(options, sources, data, findings);

        // The same checks as 'csa-site check', with external links fetched unless offline; a dead external link warns.
        var check = await SiteChecker.CheckAsync(
            new CheckOptions
            {
                Root = options.Output,
                DisplayRoot = options.DisplayPath(options.Output),
                BaseUrl = baseUrl,
                Ignore = options.Ignore,
                CheckExternal = options.CheckExternal,
                External = options.External,
            },
            cancellationToken);
        foreach (var problem in check.Problems)
        {
            var diagnostic = problem.ToDiagnostic(options.DisplayPath(options.Output));
            findings.Add(problem.Code == DiagnosticCodes.BrokenExternalLink ? diagnostic with { Severity = Severity.Warning } : diagnostic);
        }

        return new ReleaseReport(options.Date, settings.PublishBy, findings.ToSortedList(), check.External, pages.Count);
    }

    private static YamlMap ReadConfig(string path, string display, DiagnosticBag findings)
    {
        try
        {
            return YamlReader.ReadMapping(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlParseException)
        {
            findings.Error(display, 0, 0, DiagnosticCodes.BadSiteConfig, "site.yml could not be read: " + ex.Message);
            return YamlMap.Empty;
        }
    }
}
