using Csa.Site.Configuration;
using Csa.Site.Output;
using Csa.Site.Content;
using Csa.Site.Narrative;
using Csa.Site.Navigation;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Builds the objects templates see: <c>site</c>, <c>page</c> and the page summaries in menus and lists.</summary>
/// <remarks>Names are snake_case and listed in <see cref="TemplateKeys"/>. Every URL a template receives already includes
/// the base path, so <c>href="{{ page.url }}"</c> works wherever the site is published.</remarks>
public sealed class TemplateModel
{
    private readonly Dictionary<string, ScriptObject> _summaries;
    private readonly SiteNavigation _navigation;
    private readonly BaseUrl _baseUrl;

    /// <summary>Initializes a new instance of the <see cref="TemplateModel"/> class and the shared <c>site</c> object.</summary>
    /// <param name="config">The site configuration.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="navigation">The navigation model of the pages being built.</param>
    public TemplateModel(SiteConfig config, BaseUrl baseUrl, SiteNavigation navigation)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(navigation);
        _navigation = navigation;
        _baseUrl = baseUrl;
        var nodes = navigation.Roots.SelectMany(Flatten).ToList();
        _summaries = nodes.ToDictionary(n => n.Page.Url, n => Summary(n.Page), StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var summary = _summaries[node.Page.Url];
            summary[TemplateKeys.Children] = Array(node.Children.Where(c => c.Page.Source.Meta.InNav));
            summary.IsReadOnly = true;
        }

        Site = FromMap(config.Values.Values);
        Site[TemplateKeys.Title] = config.Title;
        Site[TemplateKeys.Language] = config.Language;
        Site[TemplateKeys.BaseUrl] = baseUrl.ToString();
        Site[TemplateKeys.BasePath] = baseUrl.Path;
        Site[TemplateKeys.Menu] = Array(navigation.Menu);
        Site[TemplateKeys.Pages] = Array(navigation.ReadingOrder);
        Site[TemplateKeys.SocialImage] = baseUrl.Absolute("/" + SitePaths.SocialImage);
        Site[TemplateKeys.Home] = navigation.Roots is [{ Page.IsHome: true } home] ? _summaries[home.Page.Url] : null;
    }

    /// <summary>Gets the <c>site</c> object shared by every render.</summary>
    public ScriptObject Site { get; }

    /// <summary>Gives templates the county the site is built as part of, as <c>site.county</c>.</summary>
    /// <param name="county">The county.</param>
    public void SetCounty(Configuration.CountyContext county)
    {
        ArgumentNullException.ThrowIfNull(county);
        var partnerships = new ScriptArray();
        foreach (var p in county.Partnerships)
        {
            partnerships.Add(new ScriptObject { ["path"] = p.Path, [TemplateKeys.Title] = p.Title, [TemplateKeys.Url] = p.Url, ["current"] = p.Path == county.Current });
        }

        Site[TemplateKeys.County] = new ScriptObject
        {
            [TemplateKeys.Title] = county.Title,
            [TemplateKeys.Url] = county.Url,
            ["partnerships"] = partnerships,
            ["current"] = county.Current,
        };
    }

    /// <summary>Creates the globals for one render of a page: <c>page</c> with its navigation and, once rendered, its content.</summary>
    /// <param name="page">The page.</param>
    /// <param name="narrative">The rendered Markdown, or <see langword="null"/> while the Markdown itself is evaluated.</param>
    /// <returns>A fresh object holding <c>page</c>.</returns>
    public ScriptObject PageGlobals(Page page, RenderedNarrative? narrative)
    {
        ArgumentNullException.ThrowIfNull(page);
        var node = _navigation.NodeOf(page);
        var obj = Summary(page);
        obj[TemplateKeys.Children] = Array(node.Children.Where(c => c.Page.Source.Meta.InNav));
        obj[TemplateKeys.Parent] = node.Parent is null ? null : _summaries[node.Parent.Page.Url];
        obj[TemplateKeys.Breadcrumbs] = Array(node.Ancestors);
        obj[TemplateKeys.Previous] = node.Previous is null ? null : _summaries[node.Previous.Page.Url];
        obj[TemplateKeys.Next] = node.Next is null ? null : _summaries[node.Next.Page.Url];
        obj[TemplateKeys.Params] = FromMap(page.Source.Meta.Values.Values);
        obj[TemplateKeys.Source] = page.Source.SitePath;
        obj[TemplateKeys.IsHome] = page.IsHome;
        if (page.Source.Row is { } row)
        {
            obj[TemplateKeys.Row] = FromMap(row.Values);
            obj[TemplateKeys.RowKey] = row.Key;
            obj[TemplateKeys.RowSlug] = Content.PageUrls.Slug(row.Key);
            obj[TemplateKeys.RowTable] = row.Table;
        }

        if (page.Source.Period is { } period)
        {
            obj[TemplateKeys.Period] = period.Period;
            obj[TemplateKeys.PeriodTable] = period.Table;
            obj[TemplateKeys.Periods] = new ScriptArray(period.Links.Select(l => new ScriptObject
            {
                ["period"] = l.Period,
                ["url"] = _baseUrl.Link(l.Url),
                ["current"] = l.Period == period.Period,
                ["latest"] = l == period.Links[^1],
            }));
        }

        if (narrative is not null)
        {
            obj[TemplateKeys.Content] = new Components.RawHtml(narrative.Html);
            var toc = new ScriptArray();
            foreach (var entry in narrative.Toc)
            {
                toc.Add(new ScriptObject { ["level"] = entry.Level, ["id"] = entry.Id, ["text"] = entry.Text });
            }

            obj[TemplateKeys.Toc] = toc;
        }

        return new ScriptObject { [TemplateKeys.Page] = obj };
    }

    /// <summary>Converts a YAML mapping of plain values into a script object, recursively.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The script object.</returns>
    public static ScriptObject FromMap(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var obj = new ScriptObject();
        foreach (var (key, value) in values)
        {
            obj[key] = FromPlain(value);
        }

        return obj;
    }

    private static object? FromPlain(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => FromMap(map),
        IEnumerable<object?> list => new ScriptArray(list.Select(FromPlain)),
        _ => value,
    };

    private static IEnumerable<NavNode> Flatten(NavNode node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private ScriptArray Array(IEnumerable<NavNode> nodes) => new(nodes.Select(n => _summaries[n.Page.Url]));

    private ScriptObject Summary(Page page) => new()
    {
        [TemplateKeys.Title] = page.Title,
        [TemplateKeys.NavTitle] = page.NavTitle,
        [TemplateKeys.Url] = _baseUrl.Link(page.Url),
        [TemplateKeys.AbsoluteUrl] = _baseUrl.Absolute(page.Url),
        [TemplateKeys.Summary] = page.Source.Meta.Summary,
        [TemplateKeys.Order] = page.Source.Meta.Order,
        [TemplateKeys.Layout] = page.Source.Meta.Layout,
    };
}
