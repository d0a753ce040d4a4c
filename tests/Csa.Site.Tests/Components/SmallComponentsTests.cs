using Csa.Site.Components;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Components;

/// <summary>Tests the components for markup inside text: abbreviations, the datasets' JSON-LD and code shown as written.</summary>
public sealed class SmallComponentsTests
{
    private const string Abbreviations = """
        -- content/site.yml --
        title: Test
        abbreviations:
          ASB: anti-social behaviour "& <more>"
        -- content/index.md --
        ---
        title: Home
        ---
        The ASB team. See [about](about.md).
        -- content/about.md --
        ---
        title: About
        ---
        More on ASB.
        """;

    [Fact]
    public void An_abbreviation_is_written_by_the_abbr_component_with_its_expansion_escaped()
    {
        // Given
        using var site = new TestSite(Abbreviations);

        // When
        site.BuildClean();

        // Then
        var abbr = Assert.Single(site.Html("index.html").QuerySelectorAll(".content abbr"));
        Assert.Equal(("ASB", "anti-social behaviour \"& <more>\""), (abbr.TextContent, abbr.GetAttribute("title")));
        Assert.Equal("The ASB team. See about.", abbr.ParentElement!.TextContent);
    }

    [Fact]
    public void A_theme_abbr_component_replaces_the_default_on_every_page()
    {
        // Given: the theme's own component, which prints the expansion after the abbreviation.
        using var site = new TestSite(Abbreviations);
        site.WriteFiles("-- themes/default/components/abbr.html --\n<abbr class=\"x\" title=\"{{ expansion }}\">{{ abbreviation }}</abbr> ({{ expansion }})\n");

        // When
        site.BuildClean();

        // Then
        foreach (var page in new[] { "index.html", "about/index.html" })
        {
            var abbr = Assert.Single(site.Html(page).QuerySelectorAll(".content abbr.x"));
            Assert.Contains("ASB (anti-social behaviour \"& <more>\")", abbr.ParentElement!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_datasets_json_ld_is_written_by_its_component_and_cannot_end_the_script_early()
    {
        // Given: a table title that tries to close the script element.
        using var site = new TestSite(TableSites.Descriptor.Replace("title: Offence rates by ward (synthetic)", "title: \"Rates </script><script>alert(1)</script>\"", StringComparison.Ordinal)
            + "\n" + TableSites.Csv + "\n-- content/index.md --\n---\ntitle: Home\n---\nSee [the data](data.md).\n-- content/data.md --\n---\ntitle: Data\n---\nThe tables.\n\n{{ datasets_jsonld }}\n");
        site.WriteFiles("-- themes/default/components/dataset-jsonld.html --\n<script type=\"application/ld+json\" data-datasets=\"{{ datasets }}\">\n{{ json }}\n</script>\n");

        // When
        site.BuildClean();

        // Then
        var data = site.Html("data/index.html");
        var script = Assert.Single(data.QuerySelectorAll("script"));
        Assert.Equal("1", script.GetAttribute("data-datasets"));
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal("Rates </script><script>alert(1)</script>", json.RootElement.GetProperty("@graph")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_chart_block_that_was_not_drawn_is_shown_as_written_by_the_code_block_component()
    {
        // Given: a chart block with a blank line and markup in it, parsed without the charts stage.
        const string body = "---\ntitle: P\n---\n```chart\ntitle: <b>A & B</b>\n\ntype: ranked-bars\n```\n";
        var source = FrontMatterReader.Read("content/p.md", "p.md", body, new DiagnosticBag())!;
        Assert.True(Csa.Site.Configuration.BaseUrl.TryParse("/", out var root));
        var narrative = new NarrativeRenderer(MarkdownPipelineFactory.Create(), new LinkContext(root, new Dictionary<string, string>(), new HashSet<string>()));

        // When
        var html = narrative.Render(source, source.Body, new DiagnosticBag()).Html;

        // Then
        Assert.Equal("<pre><code class=\"language-chart\">title: &lt;b&gt;A &amp; B&lt;/b&gt;\n\ntype: ranked-bars</code></pre>\n", html);
    }
}
