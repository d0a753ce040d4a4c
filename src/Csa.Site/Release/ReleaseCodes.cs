namespace Csa.Site.Release;

/// <summary>Names the stable codes of the release check (<c>csa-site check --release</c>); a code keeps its meaning forever.</summary>
/// <remarks>Kept apart from <see cref="Diagnostics.DiagnosticCodes"/>: these are findings about readiness to publish, never build errors.</remarks>
public static class ReleaseCodes
{
    /// <summary><c>publish_by</c> in <c>site.yml</c> is missing, not a date, or has passed.</summary>
    public const string PublishDeadline = "CSA1001";

    /// <summary>A page is a draft, has a later <c>publish_date</c>, or is marked <c>placeholder: true</c>.</summary>
    public const string UnpublishedPage = "CSA1002";

    /// <summary>A built page holds placeholder text (TODO, TBC, "first draft", <c>[contact]</c>, example.com, ...).</summary>
    public const string PlaceholderText = "CSA1003";

    /// <summary>The accessibility statement lacks something regulation 8 of the accessibility regulations asks for, or is out of date.</summary>
    public const string AccessibilityStatement = "CSA1004";

    /// <summary>The base URL has no host, so the sitemap, canonical and Open Graph URLs are bare paths.</summary>
    public const string BaseUrlHost = "CSA1005";

    /// <summary>A table has no licence or no source, or measures are listed as not published.</summary>
    public const string DataRelease = "CSA1006";

    /// <summary>A figure typed into a page's words that no table in <c>content/data</c> holds.</summary>
    public const string TypedFigure = "CSA1007";
}
