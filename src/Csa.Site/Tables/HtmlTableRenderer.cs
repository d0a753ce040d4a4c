using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Renders a table as accessible HTML: caption, <c>th</c> with <c>scope</c>, units in headers, right-aligned
/// numbers with consistent decimals, no empty cells, optional bands with a key, and download links with format and size.</summary>
/// <remarks>The output has no blank lines, so Markdown keeps it as one HTML block.</remarks>
public static class HtmlTableRenderer
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Gets the shorthand printed in a cell with no value, explained under the table.</summary>
    public const string MissingCode = "[x]";

    /// <summary>Renders a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="view">Which columns and rows, in which order, with or without bands.</param>
    /// <param name="id">The id of the table element, unique on its page.</param>
    /// <param name="downloads">The table's downloads, linked under it.</param>
    /// <param name="link">Turns a site-relative URL into the link to write (adds the base path).</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentException">The view names a field the table does not have.</exception>
    public static string Render(DataTable table, TableView view, string id, IReadOnlyList<TableDownload> downloads, Func<string, string> link)
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
        var html = new StringBuilder();
        var captionId = id + "-caption";
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{captionId}\" tabindex=\"0\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"data-table\" id=\"{id}\">\n<caption id=\"{captionId}\">{E(view.Caption ?? table.Resource.Title)}");
        var meta = string.Join(", ", new[] { table.Resource.Unit, table.Resource.Period }.OfType<string>());
        html.Append(meta.Length > 0 ? $" <span class=\"caption-meta\">({E(meta)})</span>" : string.Empty).Append("</caption>\n<thead>\n<tr>");
        foreach (var c in columns)
        {
            var field = schema.Fields[c];
            var unit = field.Unit is null ? string.Empty : $" <span class=\"unit\">({E(field.Unit)})</span>";
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{NumClass(field)}>{E(field.Title)}{unit}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        var missing = false;
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            foreach (var c in columns)
            {
                var field = schema.Fields[c];
                var value = rows[r].Values[c];
                missing |= value is null;
                var text = value is null ? MissingCode : E(NumberFormat.Cell(field, rows[r].Raw[c], value, field.IsNumeric ? decimals[c] : null));
                var band = bands.TryGetValue(c, out var b) ? b.Bands[r] : Band.None;
                var marker = band == Band.None ? string.Empty : $" <span class=\"band-marker\" aria-hidden=\"true\">{TableBanding.Marker(band)}</span><span class=\"visually-hidden\"> ({TableBanding.Words(band)})</span>";
                var bandAttr = TableBanding.Attribute(band) is { } a ? $" data-band=\"{a}\"" : string.Empty;
                html.Append(c == columns[0] ? $"<th scope=\"row\"{NumClass(field)}>{text}</th>" : $"<td{NumClass(field)}{bandAttr}>{text}{marker}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n");
        AppendBandFooter(html, columns, bands, decimals, schema);
        html.Append("</table>\n</div>\n");
        AppendKey(html, table, view, columns.Count, bands, missing);
        html.Append(DownloadLinks(table, downloads, link));
        return html.ToString();
    }

    /// <summary>Renders the download links of a table: <c>Download Ward offence rates as CSV (1.2 KB)</c>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="downloads">Its downloads.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <returns>The HTML paragraph, or an empty string when there are no downloads.</returns>
    public static string DownloadLinks(DataTable table, IReadOnlyList<TableDownload> downloads, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(link);
        if (downloads.Count == 0)
        {
            return string.Empty;
        }

        var links = downloads.Select(d => $"<li><a href=\"{E(link(d.Url))}\" type=\"{d.MediaType}\" download>Download “{E(table.Resource.Title)}” as {d.Format} ({d.Size})</a></li>");
        return "<ul class=\"downloads\">\n" + string.Join('\n', links) + "\n</ul>\n";
    }

    private static void AppendBandFooter(StringBuilder html, List<int> columns, Dictionary<int, (BandSummary Summary, IReadOnlyList<Band> Bands)> bands, Dictionary<int, int> decimals, TableSchema schema)
    {
        if (bands.Count == 0)
        {
            return;
        }

        html.Append("<tfoot>\n");
        foreach (var (label, pick) in new (string, Func<BandSummary, double>)[] { ("Average (mean)", s => s.Mean), ("Above average: more than", s => s.AboveThreshold), ("Well above average: more than", s => s.SignificantThreshold) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{label}</th>");
            foreach (var c in columns.Skip(1))
            {
                html.Append(bands.TryGetValue(c, out var b) ? $"<td{NumClass(schema.Fields[c])}>{NumberFormat.Format(pick(b.Summary), decimals[c] + 1)}</td>" : "<td>[z]</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tfoot>\n");
    }

    private static void AppendKey(StringBuilder html, DataTable table, TableView view, int columnCount, Dictionary<int, (BandSummary Summary, IReadOnlyList<Band> Bands)> bands, bool missing)
    {
        var notes = new List<string>();
        if (bands.Count > 0)
        {
            var rowsLabel = E(view.RowLabel ?? "rows");
            var sd = view.BandOptions.Kind == StandardDeviationKind.Sample ? "sample standard deviation (SD)" : "population standard deviation (SD)";
            notes.Add($"<span aria-hidden=\"true\">▲</span> above average: more than the average of all {rowsLabel} plus {view.BandOptions.AboveSds:0.##} {sd} of that column.");
            notes.Add($"<span aria-hidden=\"true\">▲▲</span> well above average: more than the average plus {view.BandOptions.SignificantSds:0.##} SD. The source document calls this “significantly above average”; it is a description of the spread, not a test of statistical significance.");
            notes.Add($"The last rows give each column’s average and the two thresholds, computed from all {table.Rows.Count} {rowsLabel} in the table.");
            if (bands.Count < columnCount - 1)
            {
                notes.Add("[z] not applicable: the column is not banded.");
            }
        }

        if (missing)
        {
            notes.Add($"{MissingCode} not available: the source document does not give this figure.");
        }

        if (notes.Count > 0)
        {
            html.Append("<ul class=\"table-key\">\n").Append(string.Join('\n', notes.Select(n => "<li>" + n + "</li>"))).Append("\n</ul>\n");
        }
    }

    private static List<DataRow> SelectRows(DataTable table, TableView view)
    {
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

    private static string NumClass(TableField field) => field.IsNumeric ? " class=\"num\"" : string.Empty;

    private static string E(string text) => _encoder.Encode(text);
}
