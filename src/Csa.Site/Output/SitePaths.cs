namespace Csa.Site.Output;

/// <summary>Names files every build writes at fixed places in the output, so the stages that write them and the templates
/// that link to them agree.</summary>
public static class SitePaths
{
    /// <summary>The site-relative URL of the published data package descriptor.</summary>
    public const string DataPackage = "/data/datapackage.json";

    /// <summary>The social preview image, relative to the output folder.</summary>
    public const string SocialImage = "social-preview.png";
}
