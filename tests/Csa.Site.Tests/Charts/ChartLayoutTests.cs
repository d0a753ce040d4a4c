using Csa.Site.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>Tests what every chart must be, whatever its type: readable text that never overlaps, marks that stand out.</summary>
public sealed class ChartLayoutTests
{
    public static TheoryData<string, string> Figures => new()
    {
        { "chart-wards", "wide" },
        { "chart-wards", "narrow" },
        { "chart-paired", "wide" },
        { "chart-paired", "narrow" },
        { "chart-trend", "wide" },
        { "chart-trend", "narrow" },
        { "chart-makeup", "wide" },
        { "chart-makeup", "narrow" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void No_two_texts_overlap_and_all_stay_inside_the_view_box(string figure, string variant)
    {
        // Given
        using var site = ChartSites.Create(ChartSites.AllCharts);

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), figure, variant);
        Assert.True(ChartSvg.TextBoxes(svg).Count > 5);
        var overlaps = ChartSvg.Overlaps(svg);
        Assert.True(overlaps.Count == 0, string.Join('\n', overlaps));
    }

    [Fact]
    public void The_downloadable_svgs_with_titles_and_key_have_no_overlapping_text_either()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.AllCharts);

        // When
        site.BuildClean();

        // Then
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "charts"), "*.svg"))
        {
            var overlaps = ChartSvg.Overlaps(ChartSvg.File(File.ReadAllText(file)));
            Assert.True(overlaps.Count == 0, Path.GetFileName(file) + ":\n" + string.Join('\n', overlaps));
        }
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Marks_contrast_3_to_1_and_text_4_5_to_1_with_the_background(string figure, string variant)
    {
        // Given
        using var site = ChartSites.Create(ChartSites.AllCharts);

        // When
        site.BuildClean();

        // Then
        var svg = ChartSvg.Inline(site.Html("index.html"), figure, variant);
        var background = ChartPalette.Background;
        var marks = svg.QuerySelectorAll(".csa-chart__bar, .csa-chart__segment, .csa-chart__marker, .csa-chart__line, .csa-chart__reference, .csa-chart__axis").ToList();
        Assert.NotEmpty(marks);
        foreach (var mark in marks)
        {
            var colour = ChartColor.FromHex(mark.GetAttribute("fill") is { } fill and not "none" ? fill : mark.GetAttribute("stroke")!);
            Assert.True(colour.ContrastWith(background) >= 3, $"{mark.ClassName} {colour}: {colour.ContrastWith(background):0.00}:1");
        }

        foreach (var text in svg.QuerySelectorAll("text"))
        {
            var colour = ChartColor.FromHex(text.GetAttribute("fill")!);
            Assert.True(colour.ContrastWith(background) >= 4.5, $"'{text.TextContent}' {colour}: {colour.ContrastWith(background):0.00}:1");
        }
    }

    [Fact]
    public void The_first_two_series_colours_stay_apart_from_each_other()
    {
        // Given: dark blue and orange differ in lightness, which survives red-green colour-vision deficiencies.
        var (first, second) = (ChartPalette.Series[0], ChartPalette.Series[1]);

        // When
        var contrast = first.ContrastWith(second);

        // Then
        Assert.True(contrast >= 3, $"{first} against {second}: {contrast:0.00}:1");
        Assert.All(ChartPalette.Series, c => Assert.True(c.ContrastWith(ChartPalette.Background) >= 3, c.Hex));
    }

    [Fact]
    public void Each_svg_scales_through_its_view_box_with_no_fixed_size()
    {
        // Given
        using var site = ChartSites.Create(ChartSites.AllCharts);

        // When
        site.BuildClean();

        // Then
        var svgs = site.Html("index.html").QuerySelectorAll("figure.csa-chart svg.csa-chart__svg");
        Assert.Equal(8, svgs.Length);
        Assert.All(svgs, svg =>
        {
            Assert.Null(svg.GetAttribute("width"));
            Assert.Null(svg.GetAttribute("height"));
            Assert.True(ChartSvg.ViewBox(svg).Width is 640 or 288);
        });
    }
}
