using System.Globalization;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Output;
using Csa.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Building;

/// <summary>Builds a county site: the county's own pages at the root and each partnership's whole site, from its own
/// content folder, under its own path (<c>/lichfield/</c>), with one sitemap and one check over the whole.</summary>
/// <remarks>A content folder is a county when its <c>site.yml</c> lists <c>partnerships:</c>, each with a <c>path</c> (the
/// URL segment) and <c>content</c> (its content folder, relative to the county's). Everything is built into a staging
/// folder and swapped into the output only when every partnership and the whole check succeeded, so a failed partnership
/// leaves the previous output untouched.</remarks>
public static partial class CountyBuilder
{
    /// <summary>The <c>site.yml</c> key that makes a content folder a county.</summary>
    public const string PartnershipsKey = "partnerships";

    /// <summary>Returns whether the options' content folder is a county (its <c>site.yml</c> has <c>partnerships:</c>).</summary>
    /// <param name="options">The build options.</param>
    /// <returns><see langword="true"/> for a county.</returns>
    public static bool IsCounty(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = Path.Combine(options.Content, Configuration.SiteConfig.FileName);
        if (!File.Exists(file))
        {
            return false;
        }

        try
        {
            return YamlReader.ReadMapping(File.ReadAllText(file)).Values.ContainsKey(PartnershipsKey);
        }
        catch (YamlParseException)
        {
            return false;
        }
    }

    /// <summary>Builds the county.</summary>
    /// <param name="options">What to build: the county's content folder, the theme, the output and the base URL.</param>
    /// <returns>The diagnostics of every partnership and the county, and the counts.</returns>
    public static BuildResult Build(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var siteFile = Path.Combine(options.Content, Configuration.SiteConfig.FileName);
        var sitePath = options.DisplayPath(siteFile);
        var root = YamlReader.ReadNode(File.ReadAllText(siteFile));
        var settings = root is YamlMappingNode mapping ? YamlReader.ToMap(mapping) : YamlMap.Empty;
        var partnerships = Partnerships(options, settings, root, sitePath, diagnostics);
        var baseText = options.BaseUrl ?? settings.Get("base_url") as string ?? "/";
        if (!BaseUrl.TryParse(baseText, out var baseUrl, out var problem))
        {
            diagnostics.Error(sitePath, settings.LineOf("base_url"), 1, DiagnosticCodes.BadBaseUrl, $"'{baseText}' is not a base URL: {problem}");
        }

        // A partnership's content is as much the author's as the county's: the output is never one, nor holds or sits in one.
        var partnershipFolders = partnerships.Select(p => (p.Content, $"the content folder '{options.DisplayPath(p.Content)}' of partnership '{p.Path}'"));
        if (options.OutputRefusal(partnershipFolders) is { } refusal)
        {
            diagnostics.Error(sitePath, settings.LineOf(PartnershipsKey), 1, DiagnosticCodes.RefusedOutput, $"will not use '{options.DisplayPath(options.Output)}' as the output folder: {refusal}");
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        var county = Context(options, settings, partnerships, baseUrl);
        var staging = new StagingFolder(options.Output);
        var committed = false;
        try
        {
            var results = new List<BuildResult>();
            foreach (var (path, content) in partnerships)
            {
                // Each partnership is a whole site of its own, checked on its own, published under its path.
                var result = SiteBuilder.Build(options with
                {
                    ContentDirectory = content,
                    OutputDirectory = Path.Combine(staging.Root, path),
                    OutputDisplayName = options.DisplayPath(options.Output) + "/" + path,
                    BaseUrl = baseText.TrimEnd('/') + "/" + path + "/",
                    County = county with { Current = path },
                });
                results.Add(result);
            }

            // The county's own pages are built beside them; their links into the partnerships are checked with the whole.
            var home = Path.Combine(staging.Root, ".county");
            var own = SiteBuilder.Build(options with { OutputDirectory = home, OutputDisplayName = options.DisplayPath(options.Output), BaseUrl = baseText, RunChecks = false, County = county });
            results.Add(own);
            foreach (var diagnostic in results.SelectMany(r => r.Diagnostics))
            {
                diagnostics.Add(diagnostic);
            }

            if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.WarningCount > 0))
            {
                return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
            }

            MoveCountyPages(home, staging.Root, partnerships.Select(p => p.Path).ToHashSet(StringComparer.Ordinal), sitePath, diagnostics);
            MergeSitemaps(staging.Root, partnerships.Select(p => p.Path));
            staging.WriteText(OutputFolderGuard.MarkerFileName, OutputFolderGuard.MarkerTextFor(baseUrl.ToString()));
            var report = SiteChecker.Check(new CheckOptions { Root = staging.Root, BaseUrl = baseUrl, DisplayRoot = options.DisplayPath(options.Output) });
            foreach (var found in report.Problems)
            {
                diagnostics.Add(found.ToDiagnostic(options.DisplayPath(options.Output)));
            }

            if (diagnostics.HasErrors)
            {
                return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
            }

            staging.Commit();
            committed = true;
            return new BuildResult(diagnostics.ToSortedList(), results.Sum(r => r.Pages), results.Sum(r => r.Files), clock.Elapsed)
            {
                Tables = results.Sum(r => r.Tables),
                Charts = results.Sum(r => r.Charts),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(options.DisplayPath(options.Output), 0, 0, DiagnosticCodes.OutputFailed, "could not write the output: " + ex.Message);
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }
        finally
        {
            if (!committed)
            {
                staging.Discard();
            }
        }
    }

    // The county as its sites see it: its title and home, and each partnership's title (from its site.yml) and home.
    private static CountyContext Context(BuildOptions options, YamlMap settings, IReadOnlyList<(string Path, string Content)> partnerships, BaseUrl baseUrl)
    {
        static string TitleOf(string content, string fallback)
        {
            try
            {
                return YamlReader.ReadMapping(File.ReadAllText(Path.Combine(content, SiteConfig.FileName))).Get("title") as string ?? fallback;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlParseException)
            {
                // The partnership's own build reports what is wrong with its settings.
                return fallback;
            }
        }

        var list = partnerships.Select(p => new CountyPartnership(p.Path, TitleOf(p.Content, p.Path), baseUrl.Link("/" + p.Path + "/"))).ToList();
        return new CountyContext(settings.Get("title") as string ?? options.DisplayPath(options.Content), baseUrl.Link("/"), list, null);
    }

    /// <summary>Returns the partnerships a county's <c>site.yml</c> lists, each with its path and full content folder.</summary>
    /// <param name="options">The county's build options (its content folder).</param>
    /// <param name="root">The county's <c>site.yml</c>, parsed.</param>
    /// <param name="diagnostics">Where problems with the list are reported.</param>
    /// <returns>The partnerships whose content folders exist.</returns>
    public static IReadOnlyList<(string Path, string Content)> PartnershipsOf(BuildOptions options, YamlNode? root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = root is YamlMappingNode mapping ? YamlReader.ToMap(mapping) : YamlMap.Empty;
        return Partnerships(options, settings, root, options.DisplayPath(Path.Combine(options.Content, SiteConfig.FileName)), diagnostics);
    }

    // The first URL segments the county's own site publishes: its pages and folders, and what the theme and the build add.
    private static HashSet<string> CountyOwnSegments(BuildOptions options)
    {
        var taken = new HashSet<string>(["assets", "data", "charts", "print", "accessibility", "__csa-site"], StringComparer.Ordinal);
        if (Directory.Exists(options.Content))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(options.Content))
            {
                var name = Path.GetFileName(entry);
                taken.Add(PageUrls.Slug(Directory.Exists(entry) ? name : Path.GetFileNameWithoutExtension(name)));
            }
        }

        if (Directory.Exists(Path.Combine(options.Theme, AddThemePages.Folder)))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(options.Theme, AddThemePages.Folder)))
            {
                taken.Add(PageUrls.Slug(Path.GetFileNameWithoutExtension(entry)));
            }
        }

        taken.Remove("index");
        return taken;
    }

    private static List<(string Path, string Content)> Partnerships(BuildOptions options, YamlMap settings, YamlNode? root, string sitePath, DiagnosticBag diagnostics)
    {
        var line = settings.LineOf(PartnershipsKey);

        var index = -1;
        void Fail(string message, string key = "") =>
            diagnostics.Error(sitePath, index < 0 ? line : Math.Max(line, YamlReader.KeyLine(root, key.Length == 0 ? [PartnershipsKey, index.ToString(CultureInfo.InvariantCulture)] : [PartnershipsKey, index.ToString(CultureInfo.InvariantCulture), key])), 1, DiagnosticCodes.BadSiteConfig, message);
        var taken = CountyOwnSegments(options);
        var result = new List<(string, string)>();
        if (settings.Get(PartnershipsKey) is not IEnumerable<object?> list)
        {
            Fail("'partnerships:' must be a list such as '- {path: lichfield, content: ../lichfield}'");
            return result;
        }

        foreach (var item in list)
        {
            index++;
            if (item is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("path") is not string path || map.GetValueOrDefault("content") is not string content)
            {
                Fail("each partnership needs 'path' (its URL segment, e.g. lichfield) and 'content' (its content folder, relative to this one)");
                continue;
            }

            var folder = Path.GetFullPath(Path.Combine(options.Content, content));
            if (PageUrls.Slug(path) != path || path.Length == 0)
            {
                Fail($"partnership path '{path}' must be lower-case letters, digits and hyphens, e.g. '{PageUrls.Slug(path)}'", "path");
            }
            else if (result.Any(r => r.Item1 == path))
            {
                Fail($"two partnerships have the path '{path}'", "path");
            }
            else if (taken.Contains(path))
            {
                Fail($"partnership path '{path}' is taken by the county's own site (its pages, theme assets, data or charts are published at /{path}/): choose another, such as the partnership's name", "path");
            }
            else if (!Directory.Exists(folder))
            {
                Fail($"partnership '{path}': the content folder '{options.DisplayPath(folder)}' does not exist", "content");
            }
            else if (folder == options.Content)
            {
                Fail($"partnership '{path}': its content folder is the county's own; give it a folder of its own", "content");
            }
            else if (!File.Exists(Path.Combine(folder, SiteConfig.FileName)))
            {
                Fail($"partnership '{path}': the folder '{options.DisplayPath(folder)}' has no {SiteConfig.FileName}, so it is not a partnership's content folder; give the folder that holds the partnership's site.yml", "content");
            }
            else
            {
                result.Add((path, folder));
            }
        }

        index = -1;
        if (result.Count == 0 && !diagnostics.HasErrors)
        {
            Fail("'partnerships:' lists no partnership");
        }

        return result;
    }

    // Moves the county's own built files up to the root; a county file or folder named as a partnership is an error.
    private static void MoveCountyPages(string home, string root, HashSet<string> taken, string sitePath, DiagnosticBag diagnostics)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(home).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var target = Path.Combine(root, name);
            if (name == OutputFolderGuard.MarkerFileName)
            {
                continue;
            }

            if (taken.Contains(name))
            {
                diagnostics.Error(sitePath, 0, 0, DiagnosticCodes.DuplicateUrl, $"the county's own '{name}' would be written over the partnership published at '/{name}/'; rename the county page");
                continue;
            }

            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target);
            }
        }

        Directory.Delete(home, recursive: true);
    }

    // One sitemap for the whole county: the county's own and every partnership's entries. The partnerships' own sitemap,
    // robots.txt and 404 page are left out: crawlers and web servers read them only at the site's root.
    private static void MergeSitemaps(string root, IEnumerable<string> paths)
    {
        var county = Path.Combine(root, WriteSiteFiles.SitemapFile);
        var entries = new List<string>(UrlEntry().Matches(File.ReadAllText(county)).Select(m => m.Value));
        foreach (var path in paths)
        {
            var own = Path.Combine(root, path, WriteSiteFiles.SitemapFile);
            if (File.Exists(own))
            {
                entries.AddRange(UrlEntry().Matches(File.ReadAllText(own)).Select(m => m.Value));
                File.Delete(own);
            }

            File.Delete(Path.Combine(root, path, "robots.txt"));
            File.Delete(Path.Combine(root, path, "404.html"));
        }

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var entry in entries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            xml.Append("  ").Append(entry).Append('\n');
        }

        xml.Append("</urlset>\n");
        File.WriteAllText(county, xml.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    [GeneratedRegex("<url>.*?</url>", RegexOptions.Singleline)]
    private static partial Regex UrlEntry();
}
