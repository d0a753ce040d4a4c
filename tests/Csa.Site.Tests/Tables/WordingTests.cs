using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Tables;

/// <summary>Tests that the sentences the engine prints under tables come from <c>wording:</c> in <c>site.yml</c>, with plain defaults.</summary>
public sealed class WordingTests
{
    [Fact]
    public void Without_wording_the_key_and_missing_figures_name_no_document()
    {
        // Given
        using var site = new TestSite(TableSites.Site);

        // When
        site.BuildClean();

        // Then
        var html = site.ReadOutput("index.html");
        Assert.DoesNotContain("source document", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("significantly above average", html, StringComparison.Ordinal);
        Assert.Contains("[x] not available: there is no figure for this.", site.Html("index.html").QuerySelector(".csa-band-key")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Summerfield's burglary rate is not published.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_wording_replaces_the_defaults()
    {
        // Given
        using var site = new TestSite(TableSites.Site + """

            -- content/site.yml --
            title: Test Partnership
            wording:
              missing_value: the 2019 report leaves this out.
              not_published: not given
              well_above_note: The report calls this “significantly above average”.
            """);

        // When
        site.BuildClean();

        // Then
        var key = site.Html("index.html").QuerySelector(".csa-band-key")!.TextContent;
        Assert.Contains("[x] not available: the 2019 report leaves this out.", key, StringComparison.Ordinal);
        Assert.Contains("plus 2 SD. The report calls this “significantly above average”.", key, StringComparison.Ordinal);
        Assert.Contains("Summerfield's burglary rate is not given.", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_not_published_wording_is_printed_as_text_never_as_markup()
    {
        // Given: wording that is markup (issue #29: figure printed it unescaped, so the script landed in the page)
        using var site = new TestSite(TableSites.Site + """

            -- content/site.yml --
            title: Test Partnership
            wording:
              not_published: <script>alert(1)</script> not given
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("Summerfield's burglary rate is <script>alert(1)</script> not given.", page.QuerySelector(".content p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_wording_key_is_an_error_at_its_line()
    {
        // Given
        using var site = new TestSite(TableSites.Site + """

            -- content/site.yml --
            title: Test Partnership
            wording:
              missing: typo
            """);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0002");
        Assert.Equal(("content/site.yml", 2), (error.Path, error.Line));
    }
}
