using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

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
    [InlineData("{{ compare 3.9 4.0 0.05 }}", "about the same as")]
    [InlineData("{{ compare 3.9 4.0 }}", "lower than")]
    [InlineData("{{ band 'ward-offence-rates' 'Stowe' 'all_crime' }}", "well above average")]
    [InlineData("{{ rank 'ward-offence-rates' 'Stowe' 'all_crime' }}", "1")]
    [InlineData("{{ data.ward_offence_rates.by_key[\"Stowe\"].all_crime }}", "182.6")]
    [InlineData("{{ rate_ci 2250 103965 }}", "21.6 (95% confidence interval 20.8 to 22.6)")]
    [InlineData("{{ significance 2250 103965 32.6 }}", "significantly lower than")]
    [InlineData("{{ significance 2250 103965 21.9 }}", "similar to")]
    [InlineData("{{ rank_words 'ward-offence-rates' 'Stowe' 'all_crime' }}", "highest")]
    [InlineData("{{ rank_words 'ward-offence-rates' 'Highfield' 'all_crime' }}", "lowest")]
    [InlineData("{{ ordinal 22 }}", "22nd")]
    [InlineData("{{ ordinal 13 }}", "13th")]
    [InlineData("{{ date_words '2026-12-01' }}", "1 December 2026")]
    [InlineData("{{ date_words '2 March 2026' }}", "2 March 2026")]
    [InlineData("{{ mean 'ward-offence-rates' 'all_crime' 1 }}", "59.5")]
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
    public void Profile_shows_one_row_against_the_average_with_bands_and_ranks()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n{{ profile 'ward-offence-rates' 'Stowe' { row_label: 'wards' } }}\n");
        site.CopyFromRepository("content/data");

        // When
        site.BuildClean();

        // Then
        var rows = site.Html("index.html").QuerySelectorAll("#profile-ward-offence-rates tbody tr").ToList();
        Assert.Equal(12, rows.Count);
        // The labels that name each line when a phone stacks the rows (issue #13) are hidden from screen readers.
        var labels = rows[0].QuerySelectorAll(".csa-table__label").ToList();
        Assert.Equal(["Stowe: ", "Average of all wards: ", "Rank (1 = highest): "], labels.Select(l => l.TextContent));
        Assert.All(labels, l => Assert.Equal("true", l.GetAttribute("aria-hidden")));
        labels.ForEach(l => l.Remove());
        var allCrime = rows[0].QuerySelectorAll("th, td").Select(c => c.TextContent).ToList();
        Assert.Equal(["All crime", "182.6", "59.5", "▲▲ well above average", "1 of 22"], allCrime);
        Assert.Equal("significant", rows[0].QuerySelector("td[data-band]")!.GetAttribute("data-band"));
    }

    [Fact]
    public void A_banded_table_explains_the_z_code_of_its_text_columns()
    {
        // Given: a regression guard; [z] was printed under text columns without being explained.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n{{ table 'recorded-crime-rates' { bands: true } }}\n");
        site.CopyFromRepository("content/data");

        // When
        site.BuildClean();

        // Then
        var doc = site.Html("index.html");
        Assert.Contains(doc.QuerySelectorAll("tfoot td"), td => td.TextContent == "[z]");
        Assert.Contains("[z] not applicable", doc.QuerySelector(".csa-band-key")!.TextContent, StringComparison.Ordinal);
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
