using Csa.Site.Components;
using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Compares one measure of a table of several periods between two periods, row by row, with <see cref="Changes"/>.</summary>
public static class PeriodChangeBuilder
{
    /// <summary>Describes the change between two figures in words: <c>up 12.3 (7% higher)</c>, <c>down 3 (10% lower)</c>, <c>no change</c>.</summary>
    /// <param name="previous">The earlier figure.</param>
    /// <param name="current">The later figure.</param>
    /// <param name="decimals">The decimals to print the difference with.</param>
    /// <returns>The direction (<c>up</c>, <c>down</c>, <c>same</c>) and the words.</returns>
    public static (string Direction, string Words) Describe(double previous, double current, int decimals)
    {
        var difference = current - previous;
        if (difference == 0)
        {
            return ("same", "no change");
        }

        // Changes works on counts and rates (zero or more); a negative figure has a difference but no percentage.
        var change = previous >= 0 && current >= 0 ? Changes.Between(previous, current) : null;
        var up = difference > 0;
        var words = $"{(up ? "up" : "down")} {NumberFormat.Format(Math.Abs(difference), decimals)}";
        if (change?.PercentChange is { } percent)
        {
            words += $" ({NumberFormat.Format(Math.Abs(percent), Math.Abs(percent) < 1 ? 1 : 0)}% {(up ? "higher" : "lower")})";
        }

        return (up ? "up" : "down", words);
    }

    /// <summary>Builds the model for the first period, which has no earlier one to compare with.</summary>
    /// <param name="to">The period.</param>
    /// <param name="field">The field.</param>
    /// <param name="id">The table's id.</param>
    /// <param name="caption">The caption, or <see langword="null"/>.</param>
    /// <returns>A model with no rows and no earlier period.</returns>
    public static PeriodChangeModel Nothing(TablePeriod to, string field, string id, string? caption)
    {
        ArgumentNullException.ThrowIfNull(to);
        var fieldInfo = to.Table.Resource.Schema.Fields[to.Table.Resource.Schema.IndexOf(field)];
        return new PeriodChangeModel(id, caption ?? fieldInfo.Title, fieldInfo.Unit ?? to.Table.Resource.Unit, string.Empty, null, to.Period, [], [], null);
    }

    /// <summary>Builds the comparison of <paramref name="field"/> between two periods.</summary>
    /// <param name="series">The table of several periods.</param>
    /// <param name="field">The numeric field compared.</param>
    /// <param name="from">The earlier period.</param>
    /// <param name="to">The later period.</param>
    /// <param name="keys">The rows to compare, by key, or <see langword="null"/> for every row of the later period.</param>
    /// <param name="id">The table's id.</param>
    /// <param name="caption">The caption, or <see langword="null"/> for one made from the field and periods.</param>
    /// <param name="downloads">The downloads model, if any.</param>
    /// <param name="notPublished">What a missing figure prints.</param>
    /// <returns>The model.</returns>
    public static PeriodChangeModel Build(TableSeries series, string field, TablePeriod from, TablePeriod to, IReadOnlyList<string>? keys, string id, string? caption, DownloadsModel? downloads, string notPublished)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var schema = to.Table.Resource.Schema;
        var index = schema.IndexOf(field);
        var fieldInfo = schema.Fields[index];
        var rows = new List<PeriodChangeRowModel>();
        foreach (var key in keys ?? [.. to.Table.Rows.Select(to.Table.KeyOf)])
        {
            var later = to.Table.Find(key);
            var earlier = from.Table.Find(key);
            if (later is null && earlier is null)
            {
                throw new ArgumentException($"table '{series.Name}' has no row with key '{key}' in {from.Period} or {to.Period}");
            }

            string Text(DataRow? row) => row?.Values[index] is null ? notPublished : NumberFormat.Cell(fieldInfo, row.Raw[index], row.Values[index]);
            var (a, b) = (earlier?.Number(index), later?.Number(index));
            var described = a is { } x && b is { } y
                ? Describe(x, y, Math.Max(NumberFormat.DecimalsOf(earlier!.Raw[index]), NumberFormat.DecimalsOf(later!.Raw[index])))
                : ((string?)null, "no figure to compare");
            var symbol = described.Item1 switch { "up" => "▲", "down" => "▼", "same" => "=", _ => null };
            rows.Add(new PeriodChangeRowModel(key, Text(earlier), Text(later), described.Item1, symbol, described.Item2));
        }

        var changes = series.DefinitionChanges(from, to).Select(p => $"From {p.Period}: {p.Definition}").ToList();
        var rowHeader = string.Join(", ", to.Table.Resource.Schema.PrimaryKey.Select(k => schema.Fields[schema.IndexOf(k)].Title));
        return new PeriodChangeModel(
            id,
            caption ?? $"{fieldInfo.Title}: {to.Period} compared with {from.Period}",
            fieldInfo.Unit ?? to.Table.Resource.Unit,
            rowHeader,
            from.Period,
            to.Period,
            rows,
            changes,
            downloads);
    }
}
