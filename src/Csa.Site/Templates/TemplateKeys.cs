namespace Csa.Site.Templates;

/// <summary>Names every variable and member the engine gives templates; themes and content depend on these.</summary>
public static class TemplateKeys
{
    /// <summary>The site object: <c>site.title</c>, <c>site.menu</c>, and every key of <c>site.yml</c>.</summary>
    public const string Site = "site";

    /// <summary>The data object: every table by its script name (<c>data.ward_offence_rates</c>).</summary>
    public const string Data = "data";

    /// <summary>The page being rendered.</summary>
    public const string Page = "page";

    /// <summary>A title (site or page).</summary>
    public const string Title = "title";

    /// <summary>A page's menu and breadcrumb title.</summary>
    public const string NavTitle = "nav_title";

    /// <summary>A page's link, base path included (e.g. <c>/community-safety/priorities/asb/</c>).</summary>
    public const string Url = "url";

    /// <summary>A page's absolute URL when the base URL has a host, else the same as <c>url</c>.</summary>
    public const string AbsoluteUrl = "absolute_url";

    /// <summary>A page's summary from front matter.</summary>
    public const string Summary = "summary";

    /// <summary>A page's navigation order.</summary>
    public const string Order = "order";

    /// <summary>A page's layout name from front matter.</summary>
    public const string Layout = "layout";

    /// <summary>The visible pages below a page (a list of page summaries).</summary>
    public const string Children = "children";

    /// <summary>The page above this one.</summary>
    public const string Parent = "parent";

    /// <summary>The pages from home down to the parent.</summary>
    public const string Breadcrumbs = "breadcrumbs";

    /// <summary>The previous page in reading order.</summary>
    public const string Previous = "prev";

    /// <summary>The next page in reading order.</summary>
    public const string Next = "next";

    /// <summary>Every front-matter key of the page as written.</summary>
    public const string Params = "params";

    /// <summary>The page's source file, relative to the site root.</summary>
    public const string Source = "source";

    /// <summary>Whether the page is the home page.</summary>
    public const string IsHome = "is_home";

    /// <summary>For a generated page, its table row: field → value.</summary>
    public const string Row = "row";

    /// <summary>For a generated page, its row's primary key.</summary>
    public const string RowKey = "row_key";

    /// <summary>The period a page of several periods was built for (<c>page.period</c>).</summary>
    public const string Period = "period";

    /// <summary>The table of several periods a page follows (<c>page.period_table</c>).</summary>
    public const string PeriodTable = "period_table";

    /// <summary>Every period of the page, earliest first: <c>period</c>, <c>url</c>, <c>current</c>, <c>latest</c> (<c>page.periods</c>).</summary>
    public const string Periods = "periods";

    /// <summary>For a generated page, its row key as a slug (<c>summerfield-all-saints</c>), e.g. to include a per-row snippet.</summary>
    public const string RowSlug = "row_slug";

    /// <summary>For a generated page, the name of its table.</summary>
    public const string RowTable = "row_table";

    /// <summary>The page body as HTML.</summary>
    public const string Content = "content";

    /// <summary>The page's level-2 and level-3 headings: <c>level</c>, <c>id</c>, <c>text</c>.</summary>
    public const string Toc = "toc";

    /// <summary>The site's language, e.g. <c>en-GB</c>.</summary>
    public const string Language = "language";

    /// <summary>The base URL as given (origin and path).</summary>
    public const string BaseUrl = "base_url";

    /// <summary>The base path, starting and ending with <c>/</c>.</summary>
    public const string BasePath = "base_path";

    /// <summary>The primary menu: the home page's visible children, each with <c>children</c>.</summary>
    public const string Menu = "menu";

    /// <summary>Every visible page in reading order.</summary>
    public const string Pages = "pages";

    /// <summary>The social preview image's URL (absolute when the base URL has a host), for <c>og:image</c>; the image
    /// exists when the theme has the chart fonts.</summary>
    public const string SocialImage = "social_image";

    /// <summary>The home page's summary.</summary>
    public const string Home = "home";

    /// <summary>The site's county (<c>site.county</c>): <c>title</c>, <c>url</c>, <c>partnerships</c> (each with <c>path</c>,
    /// <c>title</c>, <c>url</c> and <c>current</c>) and <c>current</c>, the partnership being built; absent outside a county.</summary>
    public const string County = "county";

    /// <summary>The whole plan on one page, when <c>site.yml</c> has <c>print:</c>: <c>url</c>, <c>title</c> and, once printed, <c>pdf</c>.</summary>
    public const string WholePlan = "whole_plan";
}
