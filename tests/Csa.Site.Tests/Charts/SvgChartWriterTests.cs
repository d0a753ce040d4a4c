using System.Text.RegularExpressions;
using Csa.Site.Building;
using Csa.Site.Charts;
using Csa.Site.Diagnostics;
using Csa.Site.Statistics;
using Csa.Site.Tests.Charts.Oracle;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Charts;

/// <summary>The SVG writer writes each mark's element directly; it must write what SkiaSharp's own SVG canvas writes (the
/// oracle, finished as the engine once finished it): the same elements, attributes, colours and numbers, byte for byte.</summary>
public sealed partial class SvgChartWriterTests
{
    private static readonly ChartSvgLabels _labels = new("chart-x", "A title with <angle> & \"quotes\"", "A summary.");

    public static TheoryData<string> DefaultSiteBlocks()
    {
        // Every chart block of the default content that needs no page values (the ward page's block is a template).
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match block in ChartBlock().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                if (!block.Groups[1].Value.Contains("{{", StringComparison.Ordinal))
                {
                    data.Add(block.Groups[1].Value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultSiteBlocks))]
    public void Every_default_site_chart_is_written_as_Skia_writes_it(string block)
    {
        // Given
        var problems = new List<ChartProblem>();
        var options = new BuildOptions { SiteRoot = RepositoryRoot.Find() };
        var data = LoadTables.Run(options, new SourceFiles(), new DiagnosticBag());
        var dataset = ChartDataBuilder.Build(ChartSpecReader.Read(block, problems)!, data, BandOptions.Default, problems);
        Assert.NotNull(dataset);
        using var text = ChartSvg.Fonts.CreateMeasurer();
        var wide = ChartPainter.Paint(dataset, text, ChartOptions.Default, ChartOptions.Default.WideWidth);
        var narrow = ChartPainter.Paint(dataset, text, ChartOptions.Default, ChartOptions.Default.NarrowWidth);
        var framed = ChartFrame.Compose(wide, dataset, text, ChartOptions.Default);

        // Then
        foreach (var (scene, standalone) in new[] { (wide, false), (narrow, false), (framed, true) })
        {
            Assert.Equal(SkiaSvgWriter.Write(scene, text, _labels, standalone), SvgChartWriter.Write(scene, _labels, standalone));
        }
    }

    [Fact]
    public void Every_kind_of_mark_colour_and_number_is_written_as_Skia_writes_it()
    {
        // Given: every mark type and marker shape, dashes, halos, bold and anchored text, named and other colours,
        // a rectangle at 0,0 and numbers that are not exact in binary.
        ChartMark[] marks =
        [
            new RectMark(0, 0, 640, 359, new ChartColor(255, 255, 255)) { Role = "background" },
            new RectMark(1f / 3, 12.3f, 123456.79f, 0.1f, new ChartColor(18, 67, 109)) { Role = "bar", Label = "A & B <c>", Value = 1d / 3 },
            new RectMark(5, 5, 0, 10, new ChartColor(0, 0, 0)) { Role = "empty" },
            new LineMark(195.75f, 101, 195.75f, 275, new ChartColor(0x50, 0x5A, 0x5F), 1.5f) { Role = "axis", Value = 0 },
            new LineMark(0.001f, -0.5f, 99.99999f, 1e-7f, new ChartColor(0, 0, 0), 2) { Role = "reference", Dash = [6, 3], Label = "Average", Value = 12.672727272727258 },
            new PolylineMark([new(10, 20), new(30.25f, 40.125f), new(50.7f, 60.3f)], new ChartColor(255, 0, 0), 3) { Role = "line" },
            new MarkerMark(20, 102.75f, 10, MarkerShape.Circle, new ChartColor(0x12, 0x43, 0x6D)) { Role = "marker" },
            new MarkerMark(20.3f, 1.1f, 7.7f, MarkerShape.Circle, new ChartColor(0x12, 0x43, 0x6D)) { Role = "marker" },
            new MarkerMark(40.5f, 50.25f, 9, MarkerShape.Square, new ChartColor(128, 128, 128)) { Role = "marker" },
            new MarkerMark(60.3f, 70.7f, 11, MarkerShape.Triangle, new ChartColor(0xF4, 0x6A, 0x25)) { Role = "marker" },
            new MarkerMark(80.1f, 90.9f, 7, MarkerShape.Diamond, new ChartColor(0, 128, 128)) { Role = "marker", Value = -2.5 },
            new TextMark(187.75f, 127, "Theft – Other Theft", 14, new ChartColor(0x0B, 0x0C, 0x0D)) { Role = "category", Anchor = TextAnchor.End },
            new TextMark(499.512f, 118.3333f, "7.3", 14, new ChartColor(0x0B, 0x0C, 0x0C)) { Role = "value", Halo = true, Bold = true, Value = 7.3, Label = "x" },
            new TextMark(320, 20, "A title", 19.5f, new ChartColor(0x0B, 0x0C, 0x0C)) { Role = "title", Anchor = TextAnchor.Middle, Bold = true },
            new TextMark(5, 5, " ", 14, new ChartColor(0, 0, 0)) { Role = "blank" },
        ];
        var scene = new ChartScene(640.5f, 359.25f, marks);
        using var text = ChartSvg.Fonts.CreateMeasurer();

        // Then
        Assert.Equal(SkiaSvgWriter.Write(scene, text, _labels, standalone: true), SvgChartWriter.Write(scene, _labels, standalone: true));
        Assert.Equal(SkiaSvgWriter.Write(scene, text, _labels, standalone: false), SvgChartWriter.Write(scene, _labels, standalone: false));
    }

    [GeneratedRegex("```chart\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex ChartBlock();
}
