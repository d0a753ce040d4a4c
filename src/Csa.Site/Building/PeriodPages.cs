using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: builds each page with <c>periods: TABLE</c> once per period of that table.</summary>
/// <remarks>The latest period keeps the page's URL and title; each earlier one is published under it, with the period's
/// slug (<c>/wards/stowe/</c> → <c>/wards/stowe/2019-20/</c>, <c>/about.html</c> → <c>/about-2019-20.html</c>), the period
/// after its title, and out of menus. Every one of them links to the others (<c>page.periods</c>).</remarks>
public static class PeriodPages
{
    /// <summary>Expands pages of several periods; other pages pass through unchanged.</summary>
    /// <param name="pages">The pages, after generated pages were expanded.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The pages to build.</returns>
    public static IReadOnlyList<PageSource> Run(IReadOnlyList<PageSource> pages, SiteData data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<PageSource>(pages.Count);
        foreach (var page in pages)
        {
            if (page.Meta.Values.Get(PageKeys.Periods) is not { } named)
            {
                result.Add(page);
                continue;
            }

            if (named is not string name || data.FindSeries(name) is not { } series)
            {
                if (!(named is string n && data.IsBroken(n)))
                {
                    var line = page.Meta.Values.LineOf(PageKeys.Periods);
                    var names = data.Series.Count == 0 ? "no table has several periods ('periods:' in the descriptor)" : "the tables of several periods are: " + string.Join(", ", data.Series.Keys);
                    diagnostics.Error(page.SitePath, line, 1, DiagnosticCodes.UnknownTableReference, $"'periods: {named}' must name a table of several periods; {names}", page.LineText(line));
                }

                continue;
            }

            var url = page.Meta.Url ?? PageUrls.FromContentPath(page.ContentPath);
            var links = series.Periods.Select(p => new PeriodLink(p.Period, p == series.Latest ? url : UrlFor(url, p.Slug))).ToList();
            foreach (var link in links)
            {
                var latest = link == links[^1];
                var meta = latest ? page.Meta : page.Meta with
                {
                    Title = $"{page.Meta.Title} ({link.Period})",
                    NavTitle = page.Meta.NavTitle is null ? null : $"{page.Meta.NavTitle} ({link.Period})",
                    Url = link.Url,
                    InNav = false,
                };
                result.Add(page with { Meta = meta, Period = new PagePeriod(series.Name, link.Period, links) });
            }
        }

        return result;
    }

    private static string UrlFor(string url, string slug)
    {
        if (url.EndsWith('/'))
        {
            return url + slug + "/";
        }

        var dot = url.LastIndexOf('.');
        return dot > url.LastIndexOf('/') ? $"{url[..dot]}-{slug}{url[dot..]}" : $"{url}-{slug}";
    }
}
