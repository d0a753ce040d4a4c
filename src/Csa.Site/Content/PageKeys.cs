namespace Csa.Site.Content;

/// <summary>Names the front-matter keys the engine itself reads; every other key is passed to templates as <c>page.params.KEY</c>.</summary>
public static class PageKeys
{
    /// <summary>The page title (required), printed as the page's only <c>h1</c> and in its <c>title</c> element.</summary>
    public const string Title = "title";

    /// <summary>A one- or two-sentence plain-English summary, used as the meta description and in listings.</summary>
    public const string Summary = "summary";

    /// <summary>The layout file (without <c>.html</c>) under the theme's <c>layouts/</c>; <c>page</c> unless set.</summary>
    public const string Layout = "layout";

    /// <summary>The position among the page's siblings in navigation; lower first, pages without it last, then by title.</summary>
    public const string Order = "order";

    /// <summary>Marks a page left out of the build unless <c>--drafts</c> is given.</summary>
    public const string Draft = "draft";

    /// <summary>The date (<c>YYYY-MM-DD</c>) from which the page is published; later than the build date leaves it out.</summary>
    public const string PublishDate = "publish_date";

    /// <summary>A permalink replacing the URL made from the file path, e.g. <c>/find-your-ward/</c> or <c>/404.html</c>.</summary>
    public const string Url = "url";

    /// <summary>Set to <c>false</c> to keep a page out of menus and previous/next links (it still builds).</summary>
    public const string Nav = "nav";

    /// <summary>Set to <c>false</c> to leave a page out of <c>sitemap.xml</c> (e.g. the 404 page).</summary>
    public const string Sitemap = "sitemap";

    /// <summary>A shorter title for menus and breadcrumbs.</summary>
    public const string NavTitle = "nav_title";

    /// <summary>Names a table: the page is a pattern built once per row, with <c>{field}</c> in <c>title</c>, <c>url</c>,
    /// <c>nav_title</c> and <c>summary</c> replaced by the row's values, and <c>page.row</c> in templates.</summary>
    public const string Generate = "generate";

    /// <summary>Names a table of several periods: the page is built once per period, the latest at its own URL and each
    /// earlier one under it (<c>/wards/2019-20/</c>), with <c>page.period</c> and links between them in templates.</summary>
    public const string Periods = "periods";

    /// <summary>Set to <c>false</c> to print <c>{{ }}</c> in the Markdown literally instead of evaluating it.</summary>
    public const string Scriban = "scriban";

    /// <summary>Set to <c>true</c> to evaluate <c>{{ }}</c> inside Markdown code spans and blocks too (they print literally unless set).</summary>
    public const string ScribanInCode = "scriban_in_code";
}
