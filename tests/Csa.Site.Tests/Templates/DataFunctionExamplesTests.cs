using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Templates;

/// <summary>Runs every example in the XML documentation of <c>DataFunctions</c> against the real default data.</summary>
public sealed class DataFunctionExamplesTests
{
    [Theory]
    [InlineData("{{ figure 'ward-offence-rates' 'Stowe' 'all_crime' }}", "182.6")]
    [InlineData("{{ figure 'indicators' 'population-lichfield' 'value' }}", "103,965")]
    [InlineData("{{ num 103965 }}", "103,965")]
    [InlineData("{{ num 21.66 1 }}", "21.7")]
    [InlineData("{{ percent 525 1310 }}", "40")]
    [InlineData("{{ rate 260 103965 }}", "2.5")]
    [InlineData("{{ compare 21.7 32.6 }}", "lower than")]
    [InlineData("{{ change 100 90 }}", "-10")]
    [InlineData("{{ band 'ward-offence-rates' 'Stowe' 'all_crime' }}", "well above average")]
    [InlineData("{{ rank 'ward-offence-rates' 'Stowe' 'all_crime' }}", "1")]
    [InlineData("{{ data.ward_offence_rates.by_key[\"Stowe\"].all_crime }}", "182.6")]
    [InlineData("{{ rate_ci 2250 103965 }}", "21.6 (95% confidence interval 20.8 to 22.6)")]
    [InlineData("{{ significance 2250 103965 32.6 }}", "significantly lower than")]
    [InlineData("{{ significance 2250 103965 21.9 }}", "similar to")]
    [InlineData("{{ relurl '/data/' }}", "/data/")]
    public void Documented_example_prints_what_its_documentation_says(string expression, string expected)
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n<p id=\"x\">" + expression + "</p>\n");
        site.CopyFromRepository("content/data");

        // When
        site.BuildClean();

        // Then
        Assert.Equal(expected, site.Html("index.html").GetElementById("x")!.TextContent);
    }

    [Fact]
    public void Table_and_downloads_examples_render_html()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n{{ table 'ward-offence-rates' { bands: true, sort: 'all_crime', descending: true } }}\n\n{{ datasets_jsonld }}\n");
        site.CopyFromRepository("content/data");

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        Assert.Equal(22, doc.QuerySelectorAll("#table-ward-offence-rates tbody tr").Length);
        Assert.Equal("Stowe", doc.QuerySelector("#table-ward-offence-rates tbody th")!.TextContent);
        Assert.NotNull(doc.QuerySelector("script[type='application/ld+json']"));
    }
}
