using System.Diagnostics.CodeAnalysis;
using Csa.Site.Components;
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
    /// <c>{{ has_snippet 'wards/stowe.md' }}</c> → <c>true</c> when <c>content/_snippets/wards/stowe.md</c> exists.
    /// <c>{{ data.ward_mentions.rows | where 'ward' 'Stowe' }}</c> → the rows whose <c>ward</c> is <c>Stowe</c>.
    /// <c>{{ slug "St John's" }}</c> → <c>st-johns</c>, the URL slug of a generated page's <c>{field}</c>.
    /// </remarks>
    /// <param name="site">The <c>site</c> object.</param>
    /// <param name="config">The site configuration.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <returns>A script object holding the globals.</returns>
    /// <param name="snippets">The content snippets, for <c>has_snippet</c>.</param>
    /// <param name="components">The theme's components; the defaults when <see langword="null"/>.</param>
    /// <param name="plan">The site's plan, for <c>plan_actions</c>, <c>plan_measures</c> and <c>plan_overview</c>; none when <see langword="null"/>.</param>
    /// <param name="printed">Where the rows each page printed are noted for <c>figure_sources</c>, shared with the chart renderer; a new log when <see langword="null"/>.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    public static ScriptObject CreateGlobals(ScriptObject site, SiteConfig config, SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads, SnippetTemplates? snippets = null, ComponentRenderer? components = null, Plan.SitePlan? plan = null, PrintedRows? printed = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var baseUrl = config.BaseUrl;
        var globals = new ScriptObject { [TemplateKeys.Site] = site, [TemplateKeys.Data] = DataModel.Create(data, downloads, baseUrl) };
        globals.Import("relurl", new Func<string, string>(baseUrl.Link));
        globals.Import("absurl", new Func<string, string>(baseUrl.Absolute));
        var known = snippets ?? SnippetTemplates.None;
        globals.Import("has_snippet", new Func<string, bool>(name => known.Templates.ContainsKey(known.Prefix + name.TrimStart('/'))));
        globals.Import("where", new Func<System.Collections.IEnumerable, string, object?, ScriptArray>(Where));
        globals.Import("slug", new Func<string, string>(Content.PageUrls.Slug));
        new DataFunctions(data, downloads, baseUrl, config.BandOptions, components ?? ComponentRenderer.Default, config.Wording, printed).ImportInto(globals);
        new PlanFunctions(plan ?? Plan.SitePlan.None, data, downloads, baseUrl, components ?? ComponentRenderer.Default).ImportInto(globals);
        return globals;
    }

    private static ScriptArray Where(System.Collections.IEnumerable rows, string field, object? value)
    {
        var wanted = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        return new ScriptArray(rows.OfType<ScriptObject>().Where(r => Convert.ToString(r[field], System.Globalization.CultureInfo.InvariantCulture) == wanted));
    }
}
