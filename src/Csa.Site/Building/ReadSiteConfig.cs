using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Statistics;
using Csa.Site.Yaml;

namespace Csa.Site.Building;

/// <summary>Stage: reads <c>content/site.yml</c> into a <see cref="SiteConfig"/>.</summary>
public static class ReadSiteConfig
{
    /// <summary>Reads the site configuration; problems go to the bag and yield <see langword="null"/>.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="sources">Where the file text is recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The configuration, or <see langword="null"/>.</returns>
    public static SiteConfig? Run(BuildOptions options, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(options.Content, SiteConfig.FileName);
        var sitePath = options.DisplayPath(file);
        if (!File.Exists(file))
        {
            diagnostics.Error(sitePath, 0, 0, DiagnosticCodes.BadSiteConfig, "the site configuration is missing; create it with at least 'title: Your partnership name'");
            return null;
        }

        if (SourceText.Read(file, sitePath, diagnostics) is not { } text)
        {
            return null;
        }

        sources.Add(sitePath, text);
        YamlMap map;
        YamlDotNet.RepresentationModel.YamlNode? root;
        try
        {
            root = YamlReader.ReadNode(text);
            map = root switch
            {
                null => YamlMap.Empty,
                YamlDotNet.RepresentationModel.YamlMappingNode mapping => YamlReader.ToMap(mapping),
                _ => throw new YamlParseException("expected a mapping of 'key: value' lines", (int)root.Start.Line, (int)root.Start.Column),
            };
        }
        catch (YamlParseException ex)
        {
            diagnostics.Error(sitePath, ex.Line, ex.Column, DiagnosticCodes.BadSiteConfig, "not valid YAML: " + ex.Message, SourceText.Line(text, ex.Line));
            return null;
        }

        var ok = true;
        var settings = new YamlSettings(map, (line, message) =>
        {
            diagnostics.Error(sitePath, line, 1, DiagnosticCodes.BadSiteConfig, message, SourceText.Line(text, line));
            ok = false;
        });
        var title = settings.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            if (ok)
            {
                settings.Problem("title", "'title:' is required: the site's name, shown in every page title and header, e.g. 'title: Your partnership name'");
            }

            return null;
        }

        var baseText = options.BaseUrl ?? map.Get("base_url") as string;
        if (!BaseUrl.TryParse(baseText, out var baseUrl, out var problem))
        {
            var fromFile = options.BaseUrl is null;
            var line = fromFile ? map.LineOf("base_url") : 0;
            diagnostics.Error(fromFile ? sitePath : "--base-url", line, fromFile ? 1 : 0, DiagnosticCodes.BadBaseUrl,
                $"'{BaseUrl.Printable(baseText)}' is not a base URL: {problem}; give a path such as '/community-safety/' or an http(s) URL such as 'https://www.example.gov.uk/community-safety/'",
                fromFile ? SourceText.Line(text, line) : null);
            return null;
        }

        var language = map.Get("language") as string ?? "en-GB";
        var bands = ReadBandOptions(map.Get("statistics") as IReadOnlyDictionary<string, object?>);
        if (bands is null)
        {
            diagnostics.Error(sitePath, map.LineOf("statistics"), 1, DiagnosticCodes.BadSiteConfig,
                "'statistics' must be a mapping like 'sd: sample' (or population), 'above_sds: 1', 'significant_sds: 2' with 0 <= above_sds <= significant_sds");
            return null;
        }

        var expansions = settings.TextMap("abbreviations", "a mapping of each abbreviation to its expansion (e.g. 'ASB: anti-social behaviour')");
        var words = settings.TextMap("wording", "a mapping of text with the keys missing_value, not_published and well_above_note", ["missing_value", "not_published", "well_above_note"]);
        if (expansions is null || words is null)
        {
            return null;
        }

        var defaults = Components.WordingModel.Default;
        var siteWording = new Components.WordingModel
        {
            MissingValue = words.GetValueOrDefault("missing_value") ?? defaults.MissingValue,
            NotPublished = words.GetValueOrDefault("not_published") ?? defaults.NotPublished,
            WellAboveNote = words.GetValueOrDefault("well_above_note") ?? defaults.WellAboveNote,
        };
        return new SiteConfig(title, language, baseUrl, map) { BandOptions = bands, Abbreviations = expansions, Wording = siteWording, Root = root };
    }

    private static BandOptions? ReadBandOptions(IReadOnlyDictionary<string, object?>? statistics)
    {
        if (statistics is null)
        {
            return BandOptions.Default;
        }

        var kind = statistics.GetValueOrDefault("sd") switch
        {
            null or "sample" => StandardDeviationKind.Sample,
            "population" => StandardDeviationKind.Population,
            _ => (StandardDeviationKind?)null,
        };
        double? Number(string key, double fallback) => statistics.GetValueOrDefault(key) switch
        {
            null => fallback,
            long l => l,
            double d => d,
            _ => null,
        };
        var above = Number("above_sds", 1);
        var significant = Number("significant_sds", 2);
        if (kind is null || above is null || significant is null || above < 0 || significant < above)
        {
            return null;
        }

        return new BandOptions { Kind = kind.Value, AboveSds = above.Value, SignificantSds = significant.Value };
    }
}
