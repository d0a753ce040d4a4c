using System.Security;
using System.Text;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Output;

namespace Csa.Site.Building;

/// <summary>Stage: writes <c>sitemap.xml</c>, the social preview image (every page except those with <c>sitemap: false</c>, such as the 404 page)
/// and <c>robots.txt</c>.</summary>
/// <remarks>Sitemap locations are absolute when the base URL has a host (set <c>base_url</c> to the published address);
/// otherwise they are root-relative paths, which the link checker can still verify.</remarks>
public static class WriteSiteFiles
{
    /// <summary>Gets the sitemap's file name at the site root.</summary>
    public const string SitemapFile = "sitemap.xml";

    /// <summary>Writes the files.</summary>
    /// <param name="pages">The pages built.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="socialImage">The social preview image's PNG bytes, written as <c>/social-preview.png</c>, or <see langword="null"/>.</param>
    /// <returns>The number of files written.</returns>
    public static int Run(IReadOnlyList<Page> pages, BaseUrl baseUrl, StagingFolder staging, byte[]? socialImage = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(staging);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl.Absolute(page.Url))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        staging.WriteText(SitemapFile, xml.ToString());
        var robots = "User-agent: *\nAllow: /\n" + (baseUrl.Origin is null ? string.Empty : $"Sitemap: {baseUrl.Absolute("/" + SitemapFile)}\n");
        staging.WriteText("robots.txt", robots);

        // The marker says what the site was built for, so 'csa-site check' of this folder checks it as it was built.
        staging.WriteText(OutputFolderGuard.MarkerFileName, OutputFolderGuard.MarkerTextFor(baseUrl.ToString()));
        if (socialImage is not null)
        {
            staging.WriteBytes(Charts.SocialImagePainter.OutputPath, socialImage);
        }

        return socialImage is null ? 2 : 3;
    }

    private static bool InSitemap(Page page) =>
        page.Source.Meta.Values.Get(PageKeys.Sitemap) is not false && page.OutputPath.EndsWith(".html", StringComparison.Ordinal);
}
