using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Tests that layouts HTML-escape printed values by default, and print the engine's own HTML raw.</summary>
public sealed class LayoutEscapingTests
{
    private const string Theme = """
        -- themes/default/layouts/page.html --
        <!DOCTYPE html><html lang="en-GB"><head><title>{{ page.title }}</title></head><body>
        <main><h1 data-title="{{ page.title }}">{{ page.title }}</h1>
        <p class="escaped-twice">{{ page.title | html.escape }}</p>
        <p class="param">{{ page.params.note ?? '' }}</p>
        <div class="content">{{ page.content }}</div>
        {{ include 'trusted' }}
        {{ '<em>theme</em>' | raw }}
        </main></body></html>
        -- themes/default/layouts/partials/trusted.html --
        <footer><a href="/">{{ site.title }}</a></footer>
        """;

    [Fact]
    public void A_layout_escapes_a_page_title_with_markup_and_prints_engine_html_raw()
    {
        // Given
        using var site = new TestSite(Theme + "\n" + """
            -- content/site.yml --
            title: Tom & Jerry's <site>
            -- content/index.md --
            ---
            title: <script>alert("x")</script>
            note: a < b
            ---
            Some *emphasis* and a [link](about.md).
            -- content/about.md --
            ---
            title: About
            ---
            See [home](index.md).
            """);

        // When
        site.BuildClean();

        // Then
        var html = site.ReadOutput("index.html");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 data-title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"escaped-twice\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"param\">a &lt; b</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Some <em>emphasis</em> and a <a href=\"/about/\">link</a>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<footer><a href=\"/\">Tom &amp; Jerry&#39;s &lt;site&gt;</a></footer>", html, StringComparison.Ordinal);
        Assert.Contains("<em>theme</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_page_prints_values_as_markdown_but_never_as_html()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            note: "**bold** & <b>x</b>"
            ---
            {{ page.params.note }}
            """);

        // When
        site.Build();

        // Then: the value's Markdown is read; its HTML is text (issue #29: a value reached the page as live HTML)
        Assert.Contains("<strong>bold</strong> &amp; &lt;b&gt;x&lt;/b&gt;", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
