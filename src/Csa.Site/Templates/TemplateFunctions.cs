using Csa.Site.Configuration;
using Csa.Site.Tables;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Creates the globals every template sees: <c>site</c> and the engine's own functions.</summary>
public static class TemplateFunctions
{
    /// <summary>Builds the shared globals.</summary>
    /// <remarks>
    /// <c>relurl</c> adds the base path to a site-relative URL: with base <c>/cs/</c>, <c>{{ relurl '/data/' }}</c> → <c>/cs/data/</c>.
    /// <c>absurl</c> also adds the host when the base URL has one: with base <c>https://x.gov.uk/cs/</c>,
    /// <c>{{ absurl '/data/' }}</c> → <c>https://x.gov.uk/cs/data/</c>.
    /// </remarks>
    /// <param name="site">The <c>site</c> object.</param>
    /// <param name="config">The site configuration.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <returns>A script object holding the globals.</returns>
    public static ScriptObject CreateGlobals(ScriptObject site, SiteConfig config, SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads)
    {
        ArgumentNullException.ThrowIfNull(config);
        var baseUrl = config.BaseUrl;
        var globals = new ScriptObject { [TemplateKeys.Site] = site, [TemplateKeys.Data] = DataModel.Create(data, downloads, baseUrl) };
        globals.Import("relurl", new Func<string, string>(baseUrl.Link));
        globals.Import("absurl", new Func<string, string>(baseUrl.Absolute));
        new DataFunctions(data, downloads, baseUrl, config.BandOptions).ImportInto(globals);
        return globals;
    }
}
