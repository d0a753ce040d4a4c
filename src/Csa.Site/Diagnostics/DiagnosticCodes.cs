namespace Csa.Site.Diagnostics;

/// <summary>Lists every diagnostic code; a code keeps its meaning forever.</summary>
/// <remarks>Ranges: 00xx input folders and configuration, 01xx pages and front matter, 02xx templates,
/// 03xx links and URLs, 04xx data tables, 05xx charts, 09xx output.</remarks>
public static class DiagnosticCodes
{
    /// <summary>A folder the build needs (content or theme) does not exist.</summary>
    public const string MissingFolder = "CSA0001";

    /// <summary>The site configuration <c>site.yml</c> is not valid YAML or has a value of the wrong kind.</summary>
    public const string BadSiteConfig = "CSA0002";

    /// <summary>A base URL given on the command line or in <c>site.yml</c> is not a path or an absolute http(s) URL.</summary>
    public const string BadBaseUrl = "CSA0003";

    /// <summary>The output folder is not one a build may replace: it is, holds or sits inside the content or theme folder, is the
    /// current or home folder or the root, or holds files and was not made by the tool (without <c>--force</c>).</summary>
    public const string RefusedOutput = "CSA0004";

    /// <summary>The content or theme folder holds a symbolic link or a special file (FIFO, socket, device), which is never followed or read.</summary>
    public const string RefusedFile = "CSA0005";

    /// <summary>A source file is not valid UTF-8 (or is UTF-16).</summary>
    public const string NotUtf8 = "CSA0006";

    /// <summary>A page's YAML front matter is not valid YAML, is not a mapping, or is not closed by <c>---</c>.</summary>
    public const string BadFrontMatter = "CSA0101";

    /// <summary>A front-matter value has the wrong type (e.g. <c>order: first</c>, <c>publish_date: soon</c>).</summary>
    public const string BadFrontMatterValue = "CSA0102";

    /// <summary>Two pages would be written to the same URL, or a page to a file the build publishes (a download, chart, asset, sitemap).</summary>
    public const string DuplicateUrl = "CSA0103";

    /// <summary>A page path or permalink would be written outside the output folder.</summary>
    public const string PathEscapesOutput = "CSA0104";

    /// <summary>A content page holds raw HTML the author wrote (warning): markup belongs in the theme's components.</summary>
    public const string RawHtml = "CSA0108";

    /// <summary>The content folder has no pages at all (warning).</summary>
    public const string NoPages = "CSA0107";

    /// <summary>The Markdown has a level-1 heading; the layout already prints the title as the page's only <c>h1</c> (warning).</summary>
    public const string ContentH1 = "CSA0105";

    /// <summary>A page's URL has an empty segment (a file name or row value with no letter or digit) or a segment longer than 255 bytes.</summary>
    public const string BadUrlSegment = "CSA0106";

    /// <summary>A page names a layout the theme does not have.</summary>
    public const string UnknownLayout = "CSA0201";

    /// <summary>A Scriban expression does not parse.</summary>
    public const string TemplateSyntax = "CSA0202";

    /// <summary>A Scriban expression fails when evaluated (unknown variable, bad call, include not found).</summary>
    public const string TemplateRuntime = "CSA0203";

    /// <summary>A template names a variable, function or member that does not exist.</summary>
    public const string UnknownName = "CSA0204";

    /// <summary>A Markdown link points at a <c>.md</c> page or file in <c>content/</c> that does not exist.</summary>
    public const string BrokenContentLink = "CSA0301";

    /// <summary>A link, <c>src</c>, <c>srcset</c> entry or <c>poster</c> in the built site points at a page or file that is not in the output.</summary>
    public const string BrokenLink = "CSA0302";

    /// <summary>A link's fragment (<c>page/#id</c>, <c>#id</c>) names no element id on the target page.</summary>
    public const string MissingFragment = "CSA0303";

    /// <summary>Two elements on one page have the same id.</summary>
    public const string DuplicateId = "CSA0304";

    /// <summary>A link has no accessible text (no text, <c>aria-label</c>, <c>aria-labelledby</c> or image <c>alt</c>).</summary>
    public const string EmptyLinkText = "CSA0305";

    /// <summary>A page cannot be reached from the home page by following links.</summary>
    public const string UnreachablePage = "CSA0306";

    /// <summary><c>sitemap.xml</c> lists a URL that is not a page of the site, or leaves a page out.</summary>
    public const string SitemapMismatch = "CSA0307";

    /// <summary>A page links to a download (a file that is not a page) that is empty.</summary>
    public const string EmptyDownload = "CSA0308";

    /// <summary>A link points at this host outside the base path, e.g. <c>/data/</c> on a site published at <c>/cs/</c>.</summary>
    public const string LinkLeavesBasePath = "CSA0309";

    /// <summary>A link is <c>href="#"</c>, which goes nowhere.</summary>
    public const string PlaceholderLink = "CSA0310";

    /// <summary>An external link did not answer with success when checked with <c>csa-site check --external</c>.</summary>
    public const string BrokenExternalLink = "CSA0311";

    /// <summary>A link, image, autolink or link reference definition (or, in a built site, any URL attribute) uses a scheme other than
    /// <c>http</c>, <c>https</c>, <c>mailto</c> or <c>tel</c>, e.g. <c>javascript:</c> or <c>data:</c>.</summary>
    public const string DisallowedUrlScheme = "CSA0312";

    /// <summary>The data descriptor <c>content/data/datapackage.yml</c> is not valid or lacks a required entry.</summary>
    public const string BadDataDescriptor = "CSA0401";

    /// <summary>A CSV file does not match its schema: wrong columns, a ragged row, a value of the wrong type, a duplicate key, an empty file.</summary>
    public const string BadTableData = "CSA0402";

    /// <summary>A CSV file has no descriptor entry, or a descriptor entry has no CSV file.</summary>
    public const string UndescribedTable = "CSA0403";

    /// <summary>A template or page asks for a table, row or field that does not exist.</summary>
    public const string UnknownTableReference = "CSA0404";

    /// <summary>The plan's tables break a plan rule: an unknown priority, indicator or measure, a status outside the vocabulary,
    /// a due date before the start, a target without a direction, or a <c>plan:</c> section naming a missing table or column.</summary>
    public const string BadPlanData = "CSA0405";

    /// <summary>A <c>chart</c> block's body is not valid YAML or is not a mapping of <c>key: value</c> lines.</summary>
    public const string BadChartBlock = "CSA0501";

    /// <summary>A chart block's <c>type:</c> is missing or is not one of the chart types.</summary>
    public const string UnknownChartType = "CSA0502";

    /// <summary>A chart setting is missing, unknown, or has a value of the wrong kind (e.g. <c>top: ten</c>).</summary>
    public const string BadChartSetting = "CSA0503";

    /// <summary>A chart names a table that does not exist.</summary>
    public const string UnknownChartTable = "CSA0504";

    /// <summary>A chart names a field, row or highlighted category that its table does not have.</summary>
    public const string UnknownChartReference = "CSA0505";

    /// <summary>A chart's value field is not numeric, or a part-to-whole chart has a missing or negative value.</summary>
    public const string BadChartValue = "CSA0506";

    /// <summary>A chart has no rows to draw: the table is empty or its filters leave nothing.</summary>
    public const string EmptyChart = "CSA0507";

    /// <summary>The theme has no chart font (<c>fonts/LiberationSans-Regular.ttf</c>), so chart text cannot be measured.</summary>
    public const string MissingChartFont = "CSA0508";

    /// <summary>Two charts on one page have the same id, or two pages would write the same chart file.</summary>
    public const string DuplicateChartId = "CSA0509";

    /// <summary>A chart cannot be drawn legibly: too many rows, or values too large or too small to put on a scale.</summary>
    public const string UndrawableChart = "CSA0510";

    /// <summary>The output folder could not be written or swapped into place.</summary>
    public const string OutputFailed = "CSA0901";

    /// <summary>The PDF of the whole plan could not be made: no <c>print:</c> in site.yml, no Chromium, or printing failed.</summary>
    public const string PdfNotMade = "CSA0902";
}
