using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>A site built with a theme that gets everything wrong on purpose, so each check of the page sweep can be seen
/// to fail: no skip link or landmarks, an image without a text alternative, links without a focus indicator, content
/// wider than a phone, a tall header, a missing file, tables that break and scroll away their labels.</summary>
/// <remarks>Synthetic test data; the build's own link check is off, since the missing file is one of the flaws.</remarks>
public sealed class FlawedSite : SiteUnderTest
{
    protected override BuildOptions CreateOptions()
    {
        var content = Path.Combine(TempRoot, "content");
        var theme = Path.Combine(TempRoot, "theme");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Flawed (synthetic)\n");
        File.WriteAllText(Path.Combine(content, "index.md"), "---\ntitle: Home\n---\nWords.\n");
        File.WriteAllText(Path.Combine(theme, "layouts", "page.html"), """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>{{ page.title }}</title>
            <style>
              a:focus, a:focus-visible { outline: none; }
              .wide { width: 2000px; }
              .csa-table-region { overflow-x: auto; width: 100px; }
              .csa-table-region table { width: 600px; }
            </style></head>
            <body>
            <header style="height: 400px">A very tall header</header>
            <main id="main-content">
            <h1>{{ page.title }}</h1><h1>A second h1</h1>
            <a href="https://example.org/">Another site</a>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <img src="/missing.png" alt="A missing picture">
            <div class="wide">Wider than any phone.</div>
            <table style="width: 1200px"><caption>Too wide for A4</caption><tbody><tr><th>Label</th><td>1</td></tr></tbody></table>
            <div class="csa-table-region"><table><caption>Scrolls away</caption><tbody><tr><th>Label</th><td>1</td></tr></tbody></table></div>
            </main>
            </body>
            </html>
            """);
        return new BuildOptions { SiteRoot = TempRoot, ContentDirectory = content, ThemeDirectory = theme, RunChecks = false };
    }
}
