using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Selects and formats a table for <c>components/table.html</c>: caption, headers with units, numbers with
/// consistent decimals, <c>[x]</c> for missing cells, optional bands with their footer rows and key, and download links.</summary>
public static class TableModelBuilder
{
    /// <summary>Gets the shorthand printed in a cell with no value, explained under the table.</summary>
    public const string MissingCode = "[x]";

    /// <summary>Gets the shorthand printed where a figure does not apply (an unbanded column's thresholds).</summary>
    public const string NotApplicableCode = "[z]";

    /// <summary>Builds the view model of a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="view">Which columns and rows, in which order, with or without bands.</param>
    /// <param name="id">The id of the table element, unique on its page.</param>
    /// <param name="downloads">The table's downloads, linked under it.</param>
    /// <param name="link">Turns a site-relative URL into the link to write (adds the base path).</param>
    /// <param name="wording">The site's wording for the key.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="ArgumentException">The view names a field or row the table does not have.</exception>
    public static DataTableModel Build(DataTable table, TableView view, string id, IReadOnlyList<TableDownload> downloads, Func<string, string> link, WordingModel wording)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(link);
        var schema = table.Resource.Schema;
        var columns = (view.Columns ?? schema.Fields.Select(f => f.Name).ToList()).Select(name => FieldIndex(table, name)).ToList();
        var rows = SelectRows(table, view);
        var decimals = columns.ToDictionary(c => c, c => rows.Select(r => NumberFormat.DecimalsOf(r.Raw[c])).DefaultIfEmpty(0).Max());
        // Bands compare each row with all rows of the table, even when only some are shown.
        var bands = view.Bands
            ? columns.Skip(1).Where(c => schema.Fields[c].IsNumeric).Select(c => (c, Banding: TableBanding.Column(table.Rows, c, view.BandOptions))).Where(x => x.Banding is not null)
                .ToDictionary(x => x.c, x => (x.Banding!.Value.Summary, Bands: (IReadOnlyList<Band>)[.. rows.Select(r => x.Banding!.Value.Bands[table.IndexOf(r)])]))
            : [];
        var headers = columns.Select(c => schema.Fields[c]).Select(f => new TableColumnModel(f.Title, f.Unit, f.IsNumeric)).ToList();
        var bodyRows = new List<TableRowModel>(rows.Count);
        var missing = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<TableCellModel>(columns.Count);
            foreach (var c in columns)
            {
                var field = schema.Fields[c];
                var value = rows[r].Values[c];
                missing |= value is null;
                var text = value is null ? MissingCode : NumberFormat.Cell(field, rows[r].Raw[c], value, field.IsNumeric ? decimals[c] : null);
                var band = bands.TryGetValue(c, out var b) ? b.Bands[r] : Band.None;
                cells.Add(new TableCellModel(text, c == columns[0], field.IsNumeric) with
                {
                    Band = TableBanding.Attribute(band),
                    Marker = band == Band.None ? null : TableBanding.Marker(band),
                    BandWords = band == Band.None ? null : TableBanding.Words(band),
                    Url = c == columns[0] && view.RowLinks is { } links ? links(table.KeyOf(rows[r])) : null,
                });
            }

            bodyRows.Add(new TableRowModel(cells) { Id = view.RowIds?.Invoke(table.KeyOf(rows[r])) });
        }

        var footer = bands.Count == 0 ? [] : FooterRows(columns, bands, decimals, schema);
        var key = KeyOf(view.BandOptions, view.RowLabel ?? "rows", table.Rows.Count, bands.Count > 0, bands.Count > 0 && bands.Count < columns.Count - 1, missing, wording) with { ThresholdRows = bands.Count > 0 };
        var meta = string.Join(", ", new[] { table.Resource.Unit, table.Resource.Period }.OfType<string>());
        return new DataTableModel(id, view.Caption ?? table.Resource.Title, meta.Length > 0 ? meta : null, headers, bodyRows, footer, key, Downloads(table, downloads, link));
    }

    /// <summary>Builds the download links of a table: <c>Download “Ward offence rates” as CSV (1.2 KB)</c>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="downloads">Its downloads.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <returns>The view model, or <see langword="null"/> when there are no downloads.</returns>
    public static DownloadsModel? Downloads(DataTable table, IReadOnlyList<TableDownload> downloads, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(link);
        return downloads.Count == 0 ? null : new DownloadsModel([.. downloads.Select(d => new DownloadLinkModel(link(d.Url), d.MediaType, d.Format, d.Size, $"“{table.Resource.Title}”"))]);
    }

    /// <summary>Builds the key of a table or profile.</summary>
    /// <param name="options">How bands are computed.</param>
    /// <param name="rowLabel">What the rows are, plural.</param>
    /// <param name="rowCount">How many rows the averages cover.</param>
    /// <param name="banded">Whether any column is banded.</param>
    /// <param name="unbanded">Whether some numeric column shown is not banded.</param>
    /// <param name="missing">Whether some cell shows <see cref="MissingCode"/>.</param>
    /// <param name="wording">The site's wording.</param>
    /// <returns>The view model.</returns>
    public static BandKeyModel KeyOf(BandOptions options, string rowLabel, int rowCount, bool banded, bool unbanded, bool missing, WordingModel wording)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BandKeyModel(
            banded,
            rowLabel,
            rowCount,
            options.AboveSds.ToString("0.##", CultureInfo.InvariantCulture),
            options.SignificantSds.ToString("0.##", CultureInfo.InvariantCulture),
            options.Kind == StandardDeviationKind.Sample ? "sample" : "population",
            ThresholdRows: false,
            unbanded,
            missing,
            wording);
    }

    private static List<TableRowModel> FooterRows(List<int> columns, Dictionary<int, (BandSummary Summary, IReadOnlyList<Band> Bands)> bands, Dictionary<int, int> decimals, TableSchema schema)
    {
        var rows = new List<TableRowModel>();
        foreach (var (label, pick) in new (string, Func<BandSummary, double>)[] { ("Average (mean)", s => s.Mean), ("Above average: more than", s => s.AboveThreshold), ("Well above average: more than", s => s.SignificantThreshold) })
        {
            var cells = new List<TableCellModel> { new(label, Header: true, Numeric: false) };
            cells.AddRange(columns.Skip(1).Select(c => bands.TryGetValue(c, out var b)
                ? new TableCellModel(NumberFormat.Format(pick(b.Summary), decimals[c] + 1), Header: false, schema.Fields[c].IsNumeric)
                : new TableCellModel(NotApplicableCode, Header: false, Numeric: false)));
            rows.Add(new TableRowModel(cells));
        }

        return rows;
    }

    /// <summary>Selects the rows a view shows, in order: its keys, sorted, then the first <see cref="TableView.Limit"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="view">The view.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException">The view names a field or row the table does not have.</exception>
    public static IReadOnlyList<DataRow> SelectRows(DataTable table, TableView view)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(view);
        IEnumerable<DataRow> rows = table.Rows;
        if (view.Rows is { } keys)
        {
            rows = keys.Select(k => table.Find(k) ?? throw new ArgumentException($"table '{table.Resource.Name}' has no row with key '{k}'"));
        }

        if (view.SortBy is not null)
        {
            var index = FieldIndex(table, view.SortBy);
            var field = table.Resource.Schema.Fields[index];
            rows = field.IsNumeric
                ? (view.Descending ? rows.OrderByDescending(r => r.Number(index) ?? double.NegativeInfinity) : rows.OrderBy(r => r.Number(index) ?? double.PositiveInfinity))
                : (view.Descending ? rows.OrderByDescending(r => r.Raw[index], StringComparer.Ordinal) : rows.OrderBy(r => r.Raw[index], StringComparer.Ordinal));
        }

        return [.. view.Limit is { } n ? rows.Take(n) : rows];
    }

    private static int FieldIndex(DataTable table, string name)
    {
        var index = table.Resource.Schema.IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"table '{table.Resource.Name}' has no field '{name}'; its fields are: {string.Join(", ", table.Resource.Schema.Fields.Select(f => f.Name))}");
    }
}
