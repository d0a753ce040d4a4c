using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Checks;

/// <summary>A hand-written built site in <c>output/</c> (no build), published at <c>/cs/</c>, for checking standalone.</summary>
/// <remarks>Links are relative or start with the base path, so the clean site is clean under <c>/cs/</c>.</remarks>
internal static class CheckedOutput
{
    public const string Clean = """
        -- output/index.html --
        <!DOCTYPE html><html lang="en"><head><title>Home</title><link rel="stylesheet" href="/cs/assets/site.css"></head>
        <body><main id="main"><h1>Home</h1>
        <a href="/cs/about/">About</a> <a href="about/#team">The team</a> <a href="#main">Back to the top</a>
        <a href="data/rates.csv" download>Rates (CSV)</a> <a href="https://www.example.org/report.pdf">Report</a>
        <img src="images/map.svg" srcset="images/map.svg 1x, images/map.svg 2x" alt="Map of the wards">
        <a href="images/map.svg#ward-1"><img src="images/map.svg" alt="Ward 1"></a>
        <a href="mailto:team@example.org">Email us</a>
        </main></body></html>
        -- output/about/index.html --
        <!DOCTYPE html><html lang="en"><head><title>About</title></head>
        <body><main id="main"><h1>About</h1>
        <h2 id="team">Team</h2>
        <a href="../">Home</a>
        <!-- fault -->
        </main></body></html>
        -- output/404.html --
        <!DOCTYPE html><html lang="en"><head><title>Not found</title></head><body><a href="/cs/">Home</a></body></html>
        -- output/assets/site.css --
        body { color: black; }
        -- output/data/rates.csv --
        ward,rate
        -- output/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg"><g id="ward-1"/></svg>
        """;

    public static TestSite Create(string? fault = null)
    {
        var site = new TestSite(Clean, withMarkerTheme: false);
        if (fault is not null)
        {
            site.WriteFiles(fault);
        }

        return site;
    }

    /// <summary>Returns the about page with extra markup where the fault goes.</summary>
    public static string AboutWith(string markup)
    {
        var start = Clean.IndexOf("-- output/about/index.html --", StringComparison.Ordinal);
        var end = Clean.IndexOf("-- output/404.html --", StringComparison.Ordinal);
        return Clean[start..end].Replace("<!-- fault -->", markup, StringComparison.Ordinal);
    }

    public static CheckReport Check(TestSite site, string baseUrl = "/cs/")
    {
        Assert.True(BaseUrl.TryParse(baseUrl, out var parsed));
        return SiteChecker.Check(new CheckOptions { Root = site.Output, BaseUrl = parsed });
    }
}
