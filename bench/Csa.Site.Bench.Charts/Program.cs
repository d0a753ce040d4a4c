// Renders charts from the default content's real tables (no synthetic data) and prints timings per chart:
//   dotnet run -c Release --project bench/Csa.Site.Bench.Charts [-- COUNT]
// "figure" is everything a chart block costs a build: the wide and narrow inline SVGs, the framed SVG and the 2x PNG
// downloads, the summary, the data table and the figure's HTML. "svg" is one wide inline SVG: layout and SVG writing only.
using System.Diagnostics;
using System.Globalization;
using Csa.Site.Building;
using Csa.Site.Charts;
using Csa.Site.Diagnostics;
using Csa.Site.Statistics;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var root = FindRoot();
var options = new BuildOptions { SiteRoot = root };
var diagnostics = new DiagnosticBag();
var data = LoadTables.Run(options, new SourceFiles(), diagnostics);
var fonts = ChartFonts.Load(options.Theme) ?? throw new InvalidOperationException("the default theme has no chart fonts");
long bytes = 0;
var renderer = new ChartRenderer(data, new Dictionary<string, IReadOnlyList<Csa.Site.Tables.TableDownload>>(), url => url, BandOptions.Default, fonts, (_, b) => bytes += b.Length);
string[] blocks =
[
    "type: ranked-bars\ntable: ward-offence-rates\ncategory: ward\nvalue: all_crime\ntitle: Stowe and Chasetown have the highest crime rates\nsubtitle: Recorded crime per 1,000 population, Lichfield wards, 2018-19\nreference: [mean, +1sd, +2sd]\nhighlight: [Stowe]",
    "type: paired\ntable: recorded-crime-rates\ncategory: offence_type\nvalues: [csp_area, force_wide]\nwhere: {category: Victim-based offences}\ntitle: Lichfield's rates are below the force area's for most offences\nsubtitle: Recorded crime per 1,000 residents, Lichfield and Staffordshire force area, 2018-19",
];

// Warm up: JIT, font loading, Skia's first surfaces.
for (var i = 0; i < 20; i++)
{
    renderer.Render(new ChartPage("bench.md", $"/warm-{i}/", _ => null), blocks[i % 2], 1, diagnostics);
}

if (diagnostics.HasErrors)
{
    Console.Error.WriteLine(string.Join('\n', diagnostics.ToSortedList()));
    return 1;
}

var figure = new double[count];
for (var i = 0; i < count; i++)
{
    var clock = Stopwatch.StartNew();
    renderer.Render(new ChartPage("bench.md", $"/page-{i}/", _ => null), blocks[i % 2], 1, diagnostics);
    figure[i] = clock.Elapsed.TotalMilliseconds;
}

var problems = new List<ChartProblem>();
var dataset = ChartDataBuilder.Build(ChartSpecReader.Read(blocks[0], problems)!, data, BandOptions.Default, problems)!;
var svg = new double[count];
using (var text = fonts.CreateMeasurer())
{
    for (var i = 0; i < count; i++)
    {
        var clock = Stopwatch.StartNew();
        var scene = ChartPainter.Paint(dataset, text, ChartOptions.Default, ChartOptions.Default.WideWidth);
        SvgChartWriter.Write(scene, new ChartSvgLabels("chart", dataset.Spec.Title, "summary"), standalone: false);
        svg[i] = clock.Elapsed.TotalMilliseconds;
    }
}

Console.WriteLine($"{count} charts (ward ranked bars and local-versus-force paired bars, alternately), {Environment.ProcessorCount} cores");
Console.WriteLine($"figure (2 inline SVGs + SVG and 2x PNG files + table + HTML): median {Median(figure):0.00} ms, p95 {Percentile(figure, 0.95):0.00} ms, total {figure.Sum() / 1000:0.0} s, {bytes / count / 1024.0:0} KB of files per chart");
Console.WriteLine($"svg (one wide inline SVG, ward chart):                     median {Median(svg):0.00} ms, p95 {Percentile(svg, 0.95):0.00} ms");
Console.WriteLine($"target svg <= 1 ms: {(Median(svg) <= 1 ? "met" : "NOT met")}");
Console.WriteLine($"target figure <= 5 ms: {(Median(figure) <= 5 ? "met" : "NOT met")}");
if (Median(figure) > 5)
{
    // What profiling showed (details and what was tried: bench/README.md).
    Console.WriteLine("  in the way: the 2x PNG download, about 30 ms of it: drawing 1.1 million pixels with Skia and encoding them with libpng (11 ms for a blank image at any zlib level)");
}

return 0;

static double Median(double[] values) => Percentile(values, 0.5);

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Csa.Site.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Csa.Site.sln not found");
}
