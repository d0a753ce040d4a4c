using Csa.Site.Components;
using Csa.Site.Statistics;
using Csa.Site.Yaml;

namespace Csa.Site.Configuration;

/// <summary>Holds the site-wide settings read from <c>content/site.yml</c>.</summary>
/// <param name="Title">The site's name, printed in every page title and header.</param>
/// <param name="Language">The BCP 47 language of the site, <c>en-GB</c> unless set.</param>
/// <param name="BaseUrl">Where the site is published: a path such as <c>/community-safety/</c> or an absolute URL.</param>
/// <param name="Values">Every key of <c>site.yml</c>, exposed to templates as <c>site.KEY</c>.</param>
public sealed record SiteConfig(string Title, string Language, BaseUrl BaseUrl, YamlMap Values)
{
    /// <summary>Gets how bands are computed, from the <c>statistics:</c> section; sample SD, 1 and 2 SDs unless set.</summary>
    public BandOptions BandOptions { get; init; } = BandOptions.Default;

    /// <summary>Gets the abbreviations from the <c>abbreviations:</c> mapping (e.g. <c>ASB: anti-social behaviour</c>);
    /// the first use of each on a page is marked up with <c>abbr</c>.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the site's own wording of sentences the engine prints, from the <c>wording:</c> mapping
    /// (<c>missing_value</c>, <c>not_published</c>, <c>well_above_note</c>); plain defaults unless set.</summary>
    public WordingModel Wording { get; init; } = WordingModel.Default;

    /// <summary>Gets the parsed <c>site.yml</c> as a node tree, for the line of a nested key (<see cref="YamlReader.KeyLine"/>);
    /// <see langword="null"/> for an empty file.</summary>
    public YamlDotNet.RepresentationModel.YamlNode? Root { get; init; }

    /// <summary>Gets the name of the configuration file inside the content folder.</summary>
    public const string FileName = "site.yml";
}
