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

    /// <summary>A page's YAML front matter is not valid YAML, is not a mapping, or is not closed by <c>---</c>.</summary>
    public const string BadFrontMatter = "CSA0101";

    /// <summary>A front-matter value has the wrong type (e.g. <c>order: first</c>, <c>publish_date: soon</c>).</summary>
    public const string BadFrontMatterValue = "CSA0102";

    /// <summary>Two pages would be written to the same URL.</summary>
    public const string DuplicateUrl = "CSA0103";

    /// <summary>A page path or permalink would be written outside the output folder.</summary>
    public const string PathEscapesOutput = "CSA0104";

    /// <summary>The Markdown has a level-1 heading; the layout already prints the title as the page's only <c>h1</c> (warning).</summary>
    public const string ContentH1 = "CSA0105";

    /// <summary>A page names a layout the theme does not have.</summary>
    public const string UnknownLayout = "CSA0201";

    /// <summary>A Scriban expression does not parse.</summary>
    public const string TemplateSyntax = "CSA0202";

    /// <summary>A Scriban expression fails when evaluated (unknown variable, bad call, include not found).</summary>
    public const string TemplateRuntime = "CSA0203";

    /// <summary>A Markdown link points at a <c>.md</c> page or file in <c>content/</c> that does not exist.</summary>
    public const string BrokenContentLink = "CSA0301";

    /// <summary>The output folder could not be written or swapped into place.</summary>
    public const string OutputFailed = "CSA0901";
}
