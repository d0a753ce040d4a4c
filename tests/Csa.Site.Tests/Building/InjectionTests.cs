using System.Xml.Linq;
using AngleSharp.Dom;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>Proves that every route by which author data reaches a page or an SVG file escapes it: a markup payload in
/// each input creates no element or event attribute and reads as text.</summary>
/// <remarks>Each test builds a site with the real default theme and inspects the built HTML (and SVG) through a parser,
/// so the tests hold whatever renders the markup (C# renderers or theme components).</remarks>
public sealed class InjectionTests
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    // The payload as YAML (single-quoted) and as a CSV cell (quoted, inner quotes doubled).
    private const string Yaml = "'" + Payload + "'";
    private const string Csv = "\"<script>alert(1)</script>\"\"><img src=x onerror=alert(1)>\"";

    private const string Descriptor = """
        -- content/data/datapackage.yml --
        name: test-data
        title: TITLE
        licenses:
          - name: OGL-UK-3.0
            title: LICENCE
            path: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
        sources:
          - title: SOURCE
            author: AUTHOR
        resources:
          - name: evil
            path: evil.csv
            title: TITLE
            description: DESCRIPTION
            period: PERIOD
            unit: UNIT
            sources:
              - title: SOURCE
            notes: NOTES
            schema:
              fields:
                - name: name
                  title: FIELD
                  type: string
                - name: value
                  title: FIELD
                  type: number
                  unit: UNIT
                - name: other
                  title: Other
                  type: number
              primaryKey: name
        not_published:
          - title: TITLE
            section: SECTION
            reason: REASON
        -- content/data/evil.csv --
        name,value,other
        CELL,30,1
        Alpha,20,2
        Beta,10,3
        Gamma,12,4
        """;

    [Fact]
    public void A_csv_cell_is_text_in_a_table_a_profile_and_a_figure()
    {
        // Given
        using var site = Site(Data(plainDescriptor: true) + """
            -- content/index.md --
            ---
            title: Home
            ---
            The name is {{ figure 'evil' data.evil.rows[0].name 'name' }}.

            {{ table 'evil' {} }}

            {{ profile 'evil' data.evil.rows[0].name {} }}
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        AssertInert(page);
        Assert.Contains(Payload, page.QuerySelector("table.csa-table:not(.csa-table--profile) tbody th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Payload, page.QuerySelector("table.csa-table--profile thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The name is " + Payload, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_cell_is_text_in_a_chart_label_and_in_the_svg_title_and_desc()
    {
        // Given
        using var site = Site(Data(plainDescriptor: true) + """
            -- content/index.md --
            ---
            title: Home
            ---
            ```chart
            type: ranked-bars
            table: evil
            category: name
            value: value
            title: Plain title
            subtitle: Plain subtitle
            highlight: [Alpha]
            id: chart-evil
            ```
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        AssertInert(page);
        // Long labels wrap across lines, so the label's start is looked for in the drawn text.
        Assert.Contains(page.QuerySelectorAll("figure#chart-evil svg text"), t => t.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        Assert.Contains(Payload, page.QuerySelector("figure#chart-evil svg desc")!.TextContent, StringComparison.Ordinal);
        AssertSvgFilesInert(site, expectText: true);
    }

    [Fact]
    public void Chart_block_title_subtitle_and_series_labels_are_text()
    {
        // Given
        using var site = Site(Data(plainDescriptor: true) + $$"""
            -- content/index.md --
            ---
            title: Home
            ---
            ```chart
            type: paired
            table: evil
            category: name
            values:
              - {field: value, label: {{Yaml}}}
              - {field: other, label: Second}
            title: {{Yaml}}
            subtitle: {{Yaml}}
            id: chart-evil
            ```
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        AssertInert(page);
        var figure = page.QuerySelector("figure#chart-evil")!;
        Assert.Equal(Payload, figure.QuerySelector(".csa-chart__title")!.TextContent);
        Assert.Equal(Payload, figure.QuerySelector(".csa-chart__subtitle")!.TextContent);
        Assert.Contains(Payload, figure.QuerySelector("svg title")!.TextContent, StringComparison.Ordinal);
        AssertSvgFilesInert(site, expectText: true);
    }

    [Fact]
    public void Descriptor_title_description_unit_and_source_are_text_on_the_data_page()
    {
        // Given: the theme's data page, which prints every descriptor value.
        using var site = Site(Data(plainDescriptor: false) + "-- content/index.md --\n---\ntitle: Home\n---\nSee [the data](/data/).\n\n{{ table 'evil' {} }}\n");

        // When
        site.BuildClean();

        // Then
        foreach (var file in new[] { "index.html", "data/index.html" })
        {
            AssertInert(site.Html(file));
        }

        var data = site.Html("data/index.html");
        Assert.Contains(data.QuerySelectorAll("h2"), h => h.TextContent == Payload);
        Assert.Contains(Payload, data.QuerySelector("table.csa-table caption")?.TextContent ?? data.Body!.TextContent, StringComparison.Ordinal);
        var jsonLd = Assert.Single(data.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("</script", jsonLd.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Payload, System.Text.Json.JsonDocument.Parse(jsonLd.TextContent).RootElement.GetRawText().Replace("\\u003C", "<", StringComparison.Ordinal).Replace("\\u003E", ">", StringComparison.Ordinal).Replace("\\u0022", "\\\"", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_title_and_summary_are_text_in_the_page_head_and_menus()
    {
        // Given
        using var site = Site($"""
            -- content/index.md --
            ---
            title: Home
            ---
            See [the evil page](evil.md).
            -- content/evil.md --
            ---
            title: {Yaml}
            summary: {Yaml}
            ---
            Body.
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("evil/index.html");
        AssertInert(page);
        AssertInert(site.Html("index.html"));
        Assert.StartsWith(Payload, page.Title, StringComparison.Ordinal);
        Assert.Equal(Payload, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(Payload, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Payload, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(Payload, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
    }

    [Fact]
    public void Site_yml_values_are_text_on_every_page()
    {
        // Given
        using var site = Site($"""
            -- content/site.yml --
            title: {Yaml}
            description: {Yaml}
            source: {Yaml}
            licence: {Yaml}
            contact:
              name: {Yaml}
              organisation: {Yaml}
            abbreviations:
              ASB: {Yaml}
            -- content/index.md --
            ---
            title: Home
            ---
            Anti-social behaviour (ASB) matters.
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        AssertInert(page);
        Assert.Contains(Payload, page.Title, StringComparison.Ordinal);
        Assert.Equal(Payload, page.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.Equal(Payload, page.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Contains(Payload, page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_link_text_title_and_url_cannot_open_an_element()
    {
        // Given: raw HTML in Markdown is the author's own; escaped markup in link text, title and URL must stay text.
        using var site = Site("""
            -- content/index.md --
            ---
            title: Home
            ---
            See [\<script>alert(1)\</script>"\>\<img src=x onerror=alert(1)\>](https://example.org/a"><img%20src=x%20onerror=alert(1)> "\"><img src=x onerror=alert(1)>").
            """);

        // When
        site.BuildClean();

        // Then
        var page = site.Html("index.html");
        AssertInert(page);
        var link = Assert.Single(page.QuerySelectorAll(".csa-prose a, main a[href^='https://example.org']"));
        Assert.Equal(Payload, link.TextContent);
        Assert.StartsWith("https://example.org/a", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("\"><img src=x onerror=alert(1)>", link.GetAttribute("title"));
    }

    [Fact]
    public void A_table_row_used_in_a_generated_url_slugs_safely()
    {
        // Given
        using var site = Site("""
            -- content/data/datapackage.yml --
            name: test-data
            title: Test
            resources:
              - name: wards
                path: wards.csv
                title: Wards
                schema:
                  fields:
                    - {name: ward, title: Ward, type: string}
                    - {name: rate, title: Rate, type: number}
                  primaryKey: ward
            -- content/data/wards.csv --
            ward,rate
            ../../etc,1
            <x>,2
            "<script>alert(1)</script>""><img src=x onerror=alert(1)>",3
            -- content/index.md --
            ---
            title: Home
            ---
            Wards.
            -- content/ward.md --
            ---
            title: "{ward}"
            url: /w/{ward}/
            generate: wards
            ---
            Rate {{ figure 'wards' page.row_key 'rate' }}.
            """);
        site.WriteFiles("-- content/index.md --\n---\ntitle: Home\n---\n- [a](/w/etc/)\n- [b](/w/x/)\n- [c](/w/scriptalert1scriptimg-srcx-onerroralert1/)\n");

        // When
        var result = site.Build();

        // Then
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(site.OutputExists("w/etc/index.html"));
        Assert.True(site.OutputExists("w/x/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Root, "etc", "index.html")));
        Assert.All(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => Assert.StartsWith(site.Output, Path.GetFullPath(f), StringComparison.Ordinal));
        var evil = Directory.EnumerateDirectories(Path.Combine(site.Output, "w")).Select(Path.GetFileName).ToList();
        Assert.All(evil, name => Assert.Matches("^[a-z0-9.-]+$", name!));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "w"), "*.html", SearchOption.AllDirectories))
        {
            AssertInert(site.Html(Path.GetRelativePath(site.Output, file)));
        }
    }

    private static string Data(bool plainDescriptor)
    {
        var text = Descriptor.Replace("CELL", Csv, StringComparison.Ordinal);
        foreach (var key in new[] { "TITLE", "DESCRIPTION", "PERIOD", "UNIT", "SOURCE", "AUTHOR", "NOTES", "FIELD", "LICENCE", "SECTION", "REASON" })
        {
            text = text.Replace(key, plainDescriptor ? "Plain " + key.ToLowerInvariant() : Yaml, StringComparison.Ordinal);
        }

        return text + "\n";
    }

    private static TestSite Site(string files)
    {
        var site = new TestSite(files + "\n-- content/accessibility.md --\n---\ntitle: Accessibility\n---\nAccessible.\n", withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        return site;
    }

    /// <summary>Asserts that no payload made an element or an event attribute: only the theme's own scripts, no img, no on* attribute.</summary>
    private static void AssertInert(IDocument page)
    {
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.DoesNotContain(page.QuerySelectorAll("img"), i => i.GetAttribute("src") == "x");
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    private static void AssertSvgFilesInert(TestSite site, bool expectText)
    {
        var files = Directory.GetFiles(Path.Combine(site.Output, "charts"), "*.svg");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var svg = XDocument.Load(file);
            Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "img" or "foreignObject");
            Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            if (expectText)
            {
                Assert.Contains(svg.Descendants(), e => e.Name.LocalName is "title" or "desc" or "text" && e.Value.Contains(Payload, StringComparison.Ordinal));
            }
        }
    }
}
