using Csa.Site.Building;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Output;
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
        var site = ReadSiteYml(siteYmlPath, siteYml, findings);
        var config = site.Config;
        var settings = ReleaseSettings.From(config);
        // The base URL given on the command line, else the one the build was made with (its output records it), else site.yml's.
        var recorded = OutputFolderGuard.RecordedBaseUrl(options.Output) is { } text && BaseUrl.TryParse(text, out var builtWith) ? builtWith : null;
        var baseUrl = options.BaseUrl ?? recorded ?? (BaseUrl.TryParse(config.Get("base_url") as string ?? "/", out var parsed) ? parsed : BaseUrl.Root);

        var releaseRight = CheckSettings.Release(config.Get("release"), (keys, message) => findings.Error(siteYml, YamlReader.KeyLine(site.Root, keys), 1, DiagnosticCodes.BadSiteConfig, message));
        DeadlineRule.Run(settings, options.Date, siteYml, findings);
        BaseUrlRule.Run(options, baseUrl, options.BaseUrl is null && recorded is not null && recorded.ToString() != (config.Get("base_url") as string ?? "/"), siteYml, config.KeyLines.GetValueOrDefault("base_url"), findings);

        // A county is checked as its own site and each partnership as one, in its part of the output.
        var partnerships = config.Values.ContainsKey(CountyBuilder.PartnershipsKey)
            ? CountyBuilder.PartnershipsOf(new BuildOptions { SiteRoot = options.SiteRoot, ContentDirectory = options.Content }, site.Root, new DiagnosticBag())
            : [];
        var pages = CheckContent(options, releaseRight ? site : site with { Config = WithoutRelease(config) }, partnerships.Select(p => p.Path).ToList(), findings);
        foreach (var (path, content) in partnerships)
        {
            var part = options with { Content = content, Output = Path.Combine(options.Output, path) };
            var partSite = ReadSiteYml(Path.Combine(content, SiteConfig.FileName), part.DisplayPath(Path.Combine(content, SiteConfig.FileName)), findings);
            pages += CheckContent(part, partSite, [], findings);
        }

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

        return new ReleaseReport(options.Date, settings.PublishBy, findings.ToSortedList(), check.External, pages);
    }

    // The rules on one site's content and its built pages (leaving out the folders of a county's partnerships): pages'
    // status, placeholders, the accessibility statement, the data's licences and sources, typed figures. Returns the pages read.
    private static int CheckContent(ReleaseOptions options, SiteYml site, IReadOnlyList<string> partnershipPaths, DiagnosticBag findings)
    {
        var siteYml = options.DisplayPath(Path.Combine(options.Content, SiteConfig.FileName));
        var settings = ReleaseSettings.From(site.Config);
        var build = new BuildOptions { SiteRoot = options.SiteRoot, ContentDirectory = options.Content };
        var sources = LoadPages.Run(build, new SourceFiles(), new DiagnosticBag());
        PageStatusRule.Run(options, sources, findings);
        var published = sources.Where(p => !p.Meta.Draft && !(p.Meta.PublishDate > options.Date)).ToList();
        var themePages = AddThemePages.Run(build, published, new SourceFiles(), new DiagnosticBag()).Except(published).ToList();
        var statement = published.Concat(themePages).FirstOrDefault(p => AddThemePages.UrlOf(p) == settings.StatementUrl);
        var fromSettings = statement is not null && themePages.Contains(statement);

        // Where each built page comes from; a page generated from rows or periods has no one file.
        var sourceOf = published.Concat(themePages)
            .Where(p => p.Meta.Values.Get(PageKeys.Generate) is null && p.Meta.Values.Get(PageKeys.Periods) is null)
            .GroupBy(p => PageUrls.OutputPathFor(AddThemePages.UrlOf(p)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().SitePath, StringComparer.Ordinal);
        var pages = SiteFiles.Scan(options.Output).Paths.Where(SiteFiles.IsPage)
            .Where(p => !partnershipPaths.Any(part => p.StartsWith(part + "/", StringComparison.Ordinal)))
            .ToList();
        var statementFile = fromSettings ? PageUrls.OutputPathFor(settings.StatementUrl) : null;
        var built = pages.Where(p => p != statementFile).Select(p => new BuiltPage(p, sourceOf.GetValueOrDefault(p))).ToList();
        PlaceholderTextRule.Run(options, settings.Placeholders, AuthoredFiles(options, site, siteYml, published), built, findings);
        if (fromSettings)
        {
            StatementSettingsRule.Run(options, site.Config, site.Root, siteYml, findings);
        }
        else
        {
            AccessibilityStatementRule.Run(options, settings.StatementUrl, statement?.SitePath, findings);
        }

        var data = LoadTables.Run(build, new SourceFiles(), new DiagnosticBag());
        DataRule.Run(options, data, findings);
        TypedFiguresRule.Run(options, sources, data, findings);
        return pages.Count;
    }

    // Settings whose 'release:' is wrong (reported already) are read with the defaults.
    private static YamlMap WithoutRelease(YamlMap config) =>
        config with { Values = config.Values.Where(kv => kv.Key != "release").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal) };

    // The files the author wrote that go into the site: site.yml, the published pages, the descriptor and the data tables.
    private static List<AuthoredFile> AuthoredFiles(ReleaseOptions options, SiteYml site, string siteYml, IReadOnlyList<PageSource> pages)
    {
        var files = new List<AuthoredFile>();
        if (site.Text is not null)
        {
            // The list of placeholder texts names them without being one.
            var lines = PlaceholderTextRule.SearchableLines(site.Text, yaml: true).ToArray();
            if (site.Root is YamlDotNet.RepresentationModel.YamlMappingNode root
                && root.Children.FirstOrDefault(kv => kv.Key.ToString() == "release").Value is YamlDotNet.RepresentationModel.YamlMappingNode release
                && release.Children.FirstOrDefault(kv => kv.Key.ToString() == "placeholders") is { Key: not null } list)
            {
                for (var line = (int)list.Key.Start.Line; line <= Math.Min(list.Value.End.Line, lines.Length); line++)
                {
                    lines[line - 1] = string.Empty;
                }
            }

            files.Add(new AuthoredFile(siteYml, lines, Shared: true));
        }

        files.AddRange(pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).Select(p => new AuthoredFile(p.SitePath, PlaceholderTextRule.SearchableLines(p.Text, yaml: false), Shared: false)));
        var data = Path.Combine(options.Content, ContentFiles.DataFolder);
        if (Directory.Exists(data))
        {
            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var yaml = file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
                if (yaml || file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(new AuthoredFile(options.DisplayPath(file), PlaceholderTextRule.SearchableLines(File.ReadAllText(file), yaml), Shared: true));
                }
            }
        }

        return files;
    }

    // Reads a site.yml once: its text, its node tree (for the lines of nested keys) and its values.
    private static SiteYml ReadSiteYml(string path, string display, DiagnosticBag findings)
    {
        try
        {
            var text = File.ReadAllText(path);
            var root = YamlReader.ReadNode(text);
            return root switch
            {
                null => new SiteYml(YamlMap.Empty, null, text),
                YamlDotNet.RepresentationModel.YamlMappingNode mapping => new SiteYml(YamlReader.ToMap(mapping), root, text),
                _ => throw new YamlParseException("expected a mapping of 'key: value' lines", (int)root.Start.Line, (int)root.Start.Column),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlParseException)
        {
            findings.Error(display, 0, 0, DiagnosticCodes.BadSiteConfig, "site.yml could not be read: " + ex.Message);
            return new SiteYml(YamlMap.Empty, null, null);
        }
    }

    // A site.yml as read: its values, its node tree, and its text (null when it could not be read).
    private sealed record SiteYml(YamlMap Config, YamlDotNet.RepresentationModel.YamlNode? Root, string? Text);
}
