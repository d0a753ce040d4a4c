using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Renders one row of a table against all its rows: for each numeric field, the row's value, the average of
/// all rows, its band and its rank, as an accessible HTML table (e.g. a ward's 12 rates against the ward average).</summary>
public static class HtmlProfileRenderer
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Renders the profile of a row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row.</param>
    /// <param name="rowLabel">What the rows are, plural (e.g. <c>wards</c>).</param>
    /// <param name="caption">The caption.</param>
    /// <param name="id">The table's id, unique on its page.</param>
    /// <param name="options">How bands are computed.</param>
    /// <returns>The HTML, without blank lines.</returns>
    public static string Render(DataTable table, DataRow row, string rowLabel, string caption, string id, BandOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var schema = table.Resource.Schema;
        var name = table.KeyOf(row);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">\n<table class=\"data-table profile-table\" id=\"{id}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<caption id=\"{id}-caption\">{E(caption)}</caption>\n<thead>\n<tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"num\">{E(name)}</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">Average of all {E(rowLabel)}</th><th scope=\"col\">Compared with other {E(rowLabel)}</th><th scope=\"col\" class=\"num\">Rank (1 = highest)</th></tr>\n</thead>\n<tbody>\n");
        var missing = false;

        // A unit shared by every measure is said once (in the caption), not on every row.
        var units = schema.Fields.Where(f => f.IsNumeric && !schema.PrimaryKey.Contains(f.Name)).Select(f => f.Unit).Distinct().ToList();
        var sharedUnit = units.Count == 1;
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            var field = schema.Fields[i];
            if (!field.IsNumeric || schema.PrimaryKey.Contains(field.Name))
            {
                continue;
            }

            var banding = TableBanding.Column(table.Rows, i, options);
            var band = banding is { } b ? b.Bands[table.IndexOf(row)] : Band.None;
            var decimals = table.Rows.Select(r => NumberFormat.DecimalsOf(r.Raw[i])).DefaultIfEmpty(0).Max();
            var value = row.Values[i] is null ? HtmlTableRenderer.MissingCode : NumberFormat.Cell(field, row.Raw[i], row.Values[i], decimals);
            missing |= row.Values[i] is null;
            var mean = banding is { } s ? NumberFormat.Format(s.Summary.Mean, decimals) : "[z]";
            var words = row.Values[i] is null ? "[x]" : band == Band.None ? "not above average" : TableBanding.Words(band);
            var marker = band == Band.None ? string.Empty : $"<span class=\"band-marker\" aria-hidden=\"true\">{TableBanding.Marker(band)}</span> ";
            var bandAttr = TableBanding.Attribute(band) is { } a ? $" data-band=\"{a}\"" : string.Empty;
            var rank = RowRank.For(table, row, i)?.Position ?? "[x]";
            var unit = field.Unit is null || sharedUnit ? string.Empty : $" <span class=\"unit\">({E(field.Unit)})</span>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(field.Title)}{unit}</th><td class=\"num\">{E(value)}</td><td class=\"num\">{mean}</td><td{bandAttr}>{marker}{words}</td><td class=\"num\">{rank}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n<ul class=\"table-key\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>The average counts every one of the {table.Rows.Count} {E(rowLabel)} the same. <span aria-hidden=\"true\">▲</span> above average: more than the average plus {options.AboveSds:0.##} standard deviation (SD); <span aria-hidden=\"true\">▲▲</span> well above average: more than the average plus {options.SignificantSds:0.##} SD ({(options.Kind == StandardDeviationKind.Sample ? "sample" : "population")} SD). These bands describe spread; they are not a test of statistical significance.</li>\n");
        if (missing)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlTableRenderer.MissingCode} not available: the source document does not give this figure.</li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static string E(string text) => _encoder.Encode(text);
}
