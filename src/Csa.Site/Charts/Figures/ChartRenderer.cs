using System.Collections.Concurrent;
using System.Text;
using Csa.Site.Components;
using Csa.Site.Diagnostics;
using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Charts;

/// <summary>Renders chart blocks: reads the block, resolves its data, lays it out wide and narrow, writes the SVG and PNG
/// downloads and returns the page's <c>figure</c>. Problems become diagnostics at the block's lines.</summary>
/// <remarks>Shared by every page of a build and safe to call from parallel page renders: each call measures text with its own
/// measurer, and chart file names are claimed site-wide so two pages never write the same file.</remarks>
public sealed class ChartRenderer
{
    /// <summary>Gets the output folder of chart downloads.</summary>
    public const string Folder = "charts";

    private readonly SiteData _data;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> _downloads;
    private readonly Func<string, string> _link;
    private readonly BandOptions _bandOptions;
    private readonly ChartFonts? _fonts;
    private readonly Action<string, byte[]> _writeFile;
    private readonly ComponentRenderer _components;
    private readonly WordingModel _wording;
    private readonly PrintedRows? _printed;
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Gets where drawn charts are kept between builds, or <see langword="null"/> to draw every chart.</summary>
    public ChartCache? Cache { get; init; }

    /// <summary>Initializes a new instance of the <see cref="ChartRenderer"/> class.</summary>
    /// <param name="data">The site's tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <param name="bandOptions">How the mean and SD lines and bands are computed (from <c>site.yml</c>).</param>
    /// <param name="fonts">The theme's chart fonts, or <see langword="null"/> when the theme has none (each chart is then an error).</param>
    /// <param name="writeFile">Writes a file to the output, given its path relative to the output folder.</param>
    /// <param name="options">The layout sizes; <see cref="ChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="components">The theme's components, which write the figure; the defaults when <see langword="null"/>.</param>
    /// <param name="wording">The site's wording for the data table's key; the defaults when <see langword="null"/>.</param>
    /// <param name="printed">Where the rows each chart draws are noted against its page, for <c>figure_sources</c>; not noted when <see langword="null"/>.</param>
    public ChartRenderer(
        SiteData data,
        IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads,
        Func<string, string> link,
        BandOptions bandOptions,
        ChartFonts? fonts,
        Action<string, byte[]> writeFile,
        ChartOptions? options = null,
        ComponentRenderer? components = null,
        WordingModel? wording = null,
        PrintedRows? printed = null)
    {
        _printed = printed;
        _components = components ?? ComponentRenderer.Default;
        _wording = wording ?? WordingModel.Default;
        _data = data;
        _downloads = downloads;
        _link = link;
        _bandOptions = bandOptions;
        _fonts = fonts;
        _writeFile = writeFile;
        Options = options ?? ChartOptions.Default;
    }

    /// <summary>Gets the layout sizes.</summary>
    public ChartOptions Options { get; }

    /// <summary>Gets the number of charts rendered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Renders one chart block.</summary>
    /// <param name="page">The page the block is in.</param>
    /// <param name="yaml">The block's body.</param>
    /// <param name="fenceLine">The 1-based line of the block's opening fence in the page's file.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="markdownLine">The 0-based line of the block in the page's Markdown after Scriban, where the rows it draws
    /// are noted among the page's other figures; after them when <see langword="null"/>.</param>
    /// <returns>The figure's HTML, or an empty string when the chart has errors.</returns>
    public string Render(ChartPage page, string yaml, int fenceLine, DiagnosticBag diagnostics, int? markdownLine = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var problems = new List<ChartProblem>();
        var spec = ChartSpecReader.Read(yaml, problems);
        var data = spec is null ? null : ChartDataBuilder.Build(spec, _data, _bandOptions, problems);
        if (spec is not null && problems.Count == 0 && _fonts is null)
        {
            problems.Add(new ChartProblem(0, DiagnosticCodes.MissingChartFont, $"the theme has no chart fonts ('{ChartFonts.RegularFile}' and '{ChartFonts.BoldFile}'); charts measure their text with them"));
        }

        var id = data is null ? null : ClaimId(page, data);
        if (data is not null && id is null)
        {
            problems.Add(new ChartProblem(spec!.LineOf(ChartKeys.Id), DiagnosticCodes.DuplicateChartId, $"another chart on this page already has 'id: {spec.Id}'; ids must be unique on a page"));
        }

        foreach (var problem in problems)
        {
            var line = fenceLine + problem.Line;
            diagnostics.Error(page.SitePath, line, 1, problem.Code, problem.Message, page.LineText(line));
        }

        if (problems.Count > 0 || data is null || id is null || _fonts is null)
        {
            return string.Empty;
        }

        data = data with { Id = id };
        var stem = $"{Folder}/{page.Slug}-{id}";
        if (_files.GetOrAdd(stem, page.Url) != page.Url)
        {
            var line = fenceLine + spec!.LineOf(ChartKeys.Id);
            diagnostics.Error(page.SitePath, line, 1, DiagnosticCodes.DuplicateChartId, $"another page's chart already writes '{stem}.svg'; give this chart another 'id:'", page.LineText(line));
            return string.Empty;
        }

        try
        {
            var key = Cache?.KeyOf(_data, spec!.Table, yaml, id, stem);
            if (key is not null && Cache!.TryGet(key, stem, out var kept))
            {
                foreach (var (path, bytes) in kept.Files)
                {
                    _writeFile(path, bytes);
                }

                Interlocked.Increment(ref _count);
                Note(page, data, markdownLine ?? PrintedRows.AfterContent);
                return kept.Html;
            }

            var files = new List<(string Path, byte[] Bytes)>();
            var html = RenderFigure(data, stem, files);
            if (key is not null)
            {
                Cache!.Add(key, stem, new ChartCache.Entry(html, files));
            }

            Interlocked.Increment(ref _count);
            Note(page, data, markdownLine ?? PrintedRows.AfterContent);
            return html;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // Odd data the checks above did not foresee: a chart error at the block, never an internal error of the build.
            diagnostics.Error(page.SitePath, fenceLine, 1, DiagnosticCodes.UndrawableChart, $"the chart could not be drawn from this data ({ex.Message})", page.LineText(fenceLine));
            return string.Empty;
        }
    }

    // The rows the chart draws: the profile's one row, else the rows drawn (the whole table when it draws every row).
    private void Note(ChartPage page, ChartDataset data, int line)
    {
        if (_printed is null)
        {
            return;
        }

        var table = data.Table;
        var rows = data.Spec.Type == ChartType.Profile ? [table.Find(data.Spec.Row!)!] : data.Rows.Select(r => table.Find(r.Key)).OfType<DataRow>().ToList();
        foreach (var row in PrintedRow.Of(table, rows, data.RowLabel))
        {
            _printed.Add(_link(page.Url), row, line);
        }
    }

    /// <summary>Claims a chart file name for a page whose charts are not rendered again in this build (reused by
    /// <c>csa-site serve</c>), so another page's chart writing the same file is still reported.</summary>
    /// <param name="stem">The chart's files' path without extension, e.g. <c>charts/about-rates</c>.</param>
    /// <param name="url">The page's URL.</param>
    public void Claim(string stem, string url) => _files.TryAdd(stem, url);

    /// <summary>Gets the chart file names claimed so far (path without extension → the URL of the page that writes them).</summary>
    public IReadOnlyDictionary<string, string> Claimed => _files;

    private static string? ClaimId(ChartPage page, ChartDataset data)
    {
        if (data.Spec.Id is { } wanted)
        {
            return page.Ids.Add(wanted) ? wanted : null;
        }

        var id = data.Id;
        for (var n = 2; !page.Ids.Add(id); n++)
        {
            id = $"{data.Id}-{n}";
        }

        return id;
    }

    private string RenderFigure(ChartDataset data, string stem, List<(string Path, byte[] Bytes)> files)
    {
        using var text = _fonts!.CreateMeasurer();
        var summary = string.Join(' ', [ChartSummary.Describe(data), .. data.Spec.Notes]);
        var wide = ChartPainter.Paint(data, text, Options, Options.WideWidth);
        var narrow = ChartPainter.Paint(data, text, Options, Options.NarrowWidth);
        var framed = ChartFrame.Compose(wide, data, text, Options);
        var svg = Encoding.UTF8.GetBytes(SvgChartWriter.Write(framed, new ChartSvgLabels(data.Id, data.Spec.Title, summary), standalone: true));
        var png = PngChartWriter.Write(framed, text, Options.PngScale);
        _writeFile(stem + ".svg", svg);
        _writeFile(stem + ".png", png);
        files.Add((stem + ".svg", svg));
        files.Add((stem + ".png", png));
        var downloads = (_downloads.GetValueOrDefault(data.Table.Resource.Name) ?? []).Concat(
        [
            new TableDownload("SVG", "image/svg+xml", "/" + stem + ".svg", svg.Length),
            new TableDownload("PNG", "image/png", "/" + stem + ".png", png.Length),
        ]).ToList();
        var figure = new ChartFigure(
            data,
            summary,
            SvgChartWriter.Write(wide, new ChartSvgLabels(data.Id + "-wide", data.Spec.Title, summary), standalone: false),
            SvgChartWriter.Write(narrow, new ChartSvgLabels(data.Id + "-narrow", data.Spec.Title, summary), standalone: false),
            DataTableModelOf(data),
            downloads,
            ProfileModelOf(data));
        return _components.Render(ComponentNames.ChartFigure, ChartFigureModelBuilder.Build(figure, _link)).Html;
    }

    private ProfileModel? ProfileModelOf(ChartDataset data)
    {
        if (data.Spec.Type != ChartType.Profile || data.Table.Find(data.Spec.Row!) is not { } row)
        {
            return null;
        }

        var caption = $"{data.Spec.Row} compared with the average of all {data.Table.Rows.Count} {data.RowLabel}";
        var model = ProfileModelBuilder.Build(data.Table, row, data.RowLabel, caption, data.Id + "-data", _bandOptions, _wording);
        var shown = data.Series.Select(s => s.Field.Title).ToHashSet(StringComparer.Ordinal);
        return model with { Rows = [.. model.Rows.Where(r => shown.Contains(r.Measure))] };
    }

    private DataTableModel DataTableModelOf(ChartDataset data)
    {
        var table = data.Table;
        var rows = data.Spec.Type == ChartType.Profile ? [table.Find(data.Spec.Row!)!] : data.AllRows.Select(r => table.Find(r.Key)!).ToList();
        var subset = new DataTable(table.Resource, rows, table.SitePath, table.CsvText);
        var view = new TableView
        {
            Columns = [data.CategoryField.Name, .. data.Series.Select(s => s.Field.Name)],
            Bands = data.HasBands && data.Spec.Type != ChartType.Profile,
            BandOptions = _bandOptions,
            RowLabel = data.RowLabel,
        };
        return TableModelBuilder.Build(subset, view, data.Id + "-data", [], _link, _wording);
    }
}
