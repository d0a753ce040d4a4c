using System.Text;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Hardening: a 700 KB page used to build with exit 0 but stop at 322 KB mid-word, with no footer and no
/// <c>&lt;/html&gt;</c> (Scriban's default 1,048,576-character output budget, shared by includes and captures, truncated
/// it with "..."); a 5 MB page then gave hundreds of false "no element with id" errors.</summary>
public sealed class LargePageTests
{
    private const string Layout = """
        -- themes/default/layouts/partials/footer.html --
        <footer id="site-footer">footer: {{ site.title }}</footer>
        -- themes/default/layouts/page.html --
        <!DOCTYPE html><html lang="en-GB"><head><title>{{ page.title }}</title></head><body>
        <main><h1>{{ page.title }}</h1>
        <nav>{{ for e in page.toc }}<a href="#{{ e.id }}">{{ e.text }}</a>{{ end }}</nav>
        {{ page.content }}</main>
        {{ include 'footer' }}
        </body></html>
        """;

    [Theory]
    [InlineData(700_000, false)]
    [InlineData(5_000_000, false)]
    [InlineData(5_000_000, true)]
    public void A_very_long_page_is_written_whole_and_passes_the_link_check(int bytes, bool withScriban)
    {
        // Given: with Scriban, the page's Markdown goes through a template render (and its line map) first.
        var intro = withScriban ? "Welcome to {{ site.title }}.\n\n" : string.Empty;
        using var site = new TestSite(Layout + "\n-- content/index.md --\n---\ntitle: Home\n---\n" + intro + LongMarkdown(bytes));

        // When
        site.BuildClean();

        // Then
        var html = site.ReadOutput("index.html");
        Assert.True(html.Length > bytes, $"the page is {html.Length} characters, less than its {bytes}-byte Markdown");
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("footer: Test Partnership", html, StringComparison.Ordinal);
        Assert.Contains("The very last paragraph ends here.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("...", html, StringComparison.Ordinal);
    }

    private static string LongMarkdown(int bytes)
    {
        var words = new[] { "community", "safety", "partnership", "priority", "ward", "offence", "rate", "victim" };
        var sb = new StringBuilder();
        var section = 0;
        for (var i = 0; sb.Length < bytes; i++)
        {
            if (i % 40 == 0)
            {
                section++;
                sb.Append("## Section ").Append(section).Append("\n\nBack to [the first section](#section-1).\n\n");
            }

            for (var w = 0; w < 90; w++)
            {
                sb.Append(words[(i * 7 + w * 3) % words.Length]).Append(' ');
            }

            sb.Append("paragraph ").Append(i).Append(".\n\n");
        }

        return sb.Append("The very last paragraph ends here.\n").ToString();
    }
}
