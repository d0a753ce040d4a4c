using System.Text.RegularExpressions;
using Csa.Site.Configuration;
using Csa.Site.Diagnostics;
using Csa.Site.Output;

namespace Csa.Site.Release;

/// <summary>Checks that the site is built for its real address: a base URL with a host, so <c>sitemap.xml</c>, canonical
/// and Open Graph URLs are absolute and <c>robots.txt</c> names the sitemap.</summary>
internal static partial class BaseUrlRule
{
    /// <summary>Reports a base URL without a host, or a built site that does not use it.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="baseUrl">The base URL the site is published at.</param>
    /// <param name="fromBuild">Whether the base URL is the one the build was given on its command line rather than <c>site.yml</c>'s.</param>
    /// <param name="siteYml">The display path of <c>site.yml</c>.</param>
    /// <param name="line">The line of <c>base_url</c> in <c>site.yml</c>, or 0.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, BaseUrl baseUrl, bool fromBuild, string siteYml, int line, DiagnosticBag findings)
    {
        if (baseUrl.Origin is null && fromBuild)
        {
            findings.Error(options.DisplayPath(Path.Combine(options.Output, OutputFolderGuard.MarkerFileName)), 0, 0, ReleaseCodes.BaseUrlHost, $"the site was built with --base-url '{baseUrl}', which has no host, so sitemap.xml, the canonical and Open Graph URLs hold bare paths and robots.txt has no Sitemap: line: build again with the site's real address, e.g. --base-url https://www.example.gov.uk/community-safety/, or set it as base_url in {siteYml}");
            return;
        }

        if (baseUrl.Origin is null)
        {
            findings.Error(siteYml, line, 0, ReleaseCodes.BaseUrlHost, $"the base URL '{baseUrl}' has no host, so sitemap.xml, the canonical and Open Graph URLs hold bare paths and robots.txt has no Sitemap: line: the partnership must supply the site's real address, e.g. base_url: https://www.example.gov.uk/community-safety/ (then build again)");
            return;
        }

        var robots = Path.Combine(options.Output, "robots.txt");
        var sitemapUrl = baseUrl.Absolute("/sitemap.xml");
        if (!File.Exists(robots) || !File.ReadAllText(robots).Contains("Sitemap: " + sitemapUrl, StringComparison.Ordinal))
        {
            findings.Error(options.DisplayPath(robots), 0, 0, ReleaseCodes.BaseUrlHost, $"robots.txt has no 'Sitemap: {sitemapUrl}' line: build again with base URL {baseUrl}");
        }

        var sitemap = Path.Combine(options.Output, "sitemap.xml");
        if (File.Exists(sitemap) && Loc().Matches(File.ReadAllText(sitemap)).FirstOrDefault(m => !m.Groups["u"].Value.StartsWith(baseUrl.Origin, StringComparison.Ordinal)) is { } bare)
        {
            findings.Error(options.DisplayPath(sitemap), 0, 0, ReleaseCodes.BaseUrlHost, $"sitemap.xml lists '{bare.Groups["u"].Value}', not an address on {baseUrl.Origin}: build again with base URL {baseUrl}");
        }

        var home = Path.Combine(options.Output, "index.html");
        if (File.Exists(home) && Canonical().Match(File.ReadAllText(home)) is { Success: true } canonical && !canonical.Groups["u"].Value.StartsWith(baseUrl.Origin, StringComparison.Ordinal))
        {
            findings.Error(options.DisplayPath(home), 0, 0, ReleaseCodes.BaseUrlHost, $"the home page's canonical URL is '{canonical.Groups["u"].Value}', not on {baseUrl.Origin}: build again with base URL {baseUrl}");
        }
    }

    [GeneratedRegex("<loc>(?<u>[^<]*)</loc>")]
    private static partial Regex Loc();

    [GeneratedRegex("""<link rel="canonical" href="(?<u>[^"]*)""")]
    private static partial Regex Canonical();
}
