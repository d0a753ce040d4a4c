using Csa.Site.Components;
using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Selects and formats one row of a table against all its rows for <c>components/profile.html</c>: for each
/// numeric field, the row's value, the average of all rows, its band and its rank (e.g. a ward's 12 rates against the ward average).</summary>
public static class ProfileModelBuilder
{
    /// <summary>Builds the profile of a row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row.</param>
    /// <param name="rowLabel">What the rows are, plural (e.g. <c>wards</c>).</param>
    /// <param name="caption">The caption.</param>
    /// <param name="id">The table's id, unique on its page.</param>
    /// <param name="options">How bands are computed.</param>
    /// <param name="wording">The site's wording for the key.</param>
    /// <returns>The view model.</returns>
    public static ProfileModel Build(DataTable table, DataRow row, string rowLabel, string caption, string id, BandOptions options, WordingModel wording)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var schema = table.Resource.Schema;
        var missing = false;

        // A unit shared by every measure is said once (in the caption), not on every row.
        var units = schema.Fields.Where(f => f.IsNumeric && !schema.PrimaryKey.Contains(f.Name)).Select(f => f.Unit).Distinct().ToList();
        var sharedUnit = units.Count == 1;
        var rows = new List<ProfileRowModel>();
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
            var value = row.Values[i] is null ? TableModelBuilder.MissingCode : NumberFormat.Cell(field, row.Raw[i], row.Values[i], decimals);
            missing |= row.Values[i] is null;
            var mean = banding is { } s ? NumberFormat.Format(s.Summary.Mean, decimals) : TableModelBuilder.NotApplicableCode;
            var words = row.Values[i] is null ? TableModelBuilder.MissingCode : band == Band.None ? "not above average" : TableBanding.Words(band);
            var rank = RowRank.For(table, row, i)?.Position ?? TableModelBuilder.MissingCode;
            rows.Add(new ProfileRowModel(
                field.Title,
                sharedUnit ? null : field.Unit,
                value,
                mean,
                TableBanding.Attribute(band),
                band == Band.None ? null : TableBanding.Marker(band),
                words,
                rank));
        }

        var key = TableModelBuilder.KeyOf(options, rowLabel, table.Rows.Count, banded: true, unbanded: false, missing, wording);
        return new ProfileModel(id, caption, table.KeyOf(row), rowLabel, rows, key);
    }
}
