using Csa.Site.Checks;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tests.Checks;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Narrative;

/// <summary>Links, images, autolinks and reference definitions may be relative or http, https, mailto or tel; anything else is CSA0312.</summary>
public sealed class LinkSchemeTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))", 1)]
    [InlineData("[x](JaVaScRiPt:alert(1))", 1)]
    [InlineData("[x](jav&#x61;script:alert(1))", 1)]
    [InlineData("[x](<\tjavascript:alert(1)>)", 1)]
    [InlineData("![x](data:text/html,<script>alert(1)</script>)", 1)]
    [InlineData("Text and [x](vbscript:msgbox(1))", 10)]
    [InlineData("<javascript:alert(1)>", 1)]
    [InlineData("[x][evil]\n\n[evil]: file:///etc/passwd", 1)]
    public void A_link_with_a_refused_scheme_is_an_error_at_its_source_line_and_never_a_live_href(string markdown, int column)
    {
        // Given
        using var site = new TestSite($"-- content/index.md --\n---\ntitle: Home\n---\nFirst line.\n\n{markdown}\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        var line = markdown.Contains("[evil]:", StringComparison.Ordinal) ? 8 : 6;
        Assert.Equal((DiagnosticCodes.DisallowedUrlScheme, "content/index.md", line), (error.Code, error.Path, error.Line));
        Assert.Equal(markdown.Contains("[evil]:", StringComparison.Ordinal) ? 1 : column, error.Column);
        Assert.NotNull(error.SourceLine);
        Assert.False(site.OutputExists("index.html"));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:team@example.org")]
    [InlineData("tel:+441234567890")]
    [InlineData("#top")]
    [InlineData("about.md")]
    public void Allowed_schemes_and_relative_urls_pass(string url)
    {
        // When / Then
        Assert.Null(UrlSchemes.FindRefused(url));
    }

    [Theory]
    [InlineData(" javascript:alert(1)", "javascript")]
    [InlineData("\u0001java\tscript:alert(1)", "javascript")]
    [InlineData("DATA:text/html,x", "data")]
    [InlineData("ftp://example.org/", "ftp")]
    public void Refused_schemes_are_found_as_a_browser_reads_them(string url, string scheme)
    {
        // When / Then
        Assert.Equal(scheme, UrlSchemes.FindRefused(url));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">Run</a>", "a href")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">Run</a>", "a href")]
    [InlineData("<img src=\"data:image/svg+xml,&lt;svg/&gt;\" alt=\"x\">", "img src")]
    public void The_checker_reports_a_refused_scheme_in_a_hand_made_page(string markup, string element)
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith(markup));

        // When
        var report = CheckedOutput.Check(site);

        // Then
        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.DisallowedUrlScheme, "about/index.html", element), (problem.Code, problem.Page, problem.Element));
    }
}
