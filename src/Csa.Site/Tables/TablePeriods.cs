using Csa.Site.Diagnostics;

namespace Csa.Site.Tables;

/// <summary>Turns the descriptor's tables of several periods into tables of one period each.</summary>
/// <remarks>A table with a file per period (<c>periods:</c> with a <c>path</c> each) is read and published as one table
/// per period, named <c>NAME-PERIOD</c>. A table whose column holds the period (<c>period_field:</c>) is read and published
/// whole, then split into one table per period without that column.</remarks>
public static class TablePeriods
{
    /// <summary>Lists the tables to read: every resource as written, except that one with a file per period becomes one
    /// resource per period.</summary>
    /// <param name="package">The descriptor.</param>
    /// <param name="descriptorPath">The descriptor's path, for diagnostics.</param>
    /// <param name="descriptorText">The descriptor's text, for diagnostics.</param>
    /// <param name="diagnostics">Where a name clash is reported.</param>
    /// <returns>The resources to read, in descriptor order.</returns>
    public static IReadOnlyList<TableResource> Files(DataPackage package, string descriptorPath, string descriptorText, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<TableResource>();
        foreach (var resource in package.Resources)
        {
            if (resource.PeriodField is not null || resource.Periods.Count == 0)
            {
                result.Add(resource);
                continue;
            }

            foreach (var period in resource.Periods)
            {
                var name = $"{resource.Name}-{period.Slug}";
                if (package.Resources.Any(r => r.Name == name))
                {
                    diagnostics.Error(descriptorPath, period.Line, 1, DiagnosticCodes.BadDataDescriptor, $"period '{period.Period}' of resource '{resource.Name}' is published as '{name}', which another resource is named; rename one", Content.SourceText.Line(descriptorText, period.Line));
                    continue;
                }

                result.Add(resource with { Name = name, Path = period.Path!, Period = period.Period, Line = period.Line, Periods = [] });
            }
        }

        return result;
    }

    /// <summary>Collects the tables of several periods from the loaded tables.</summary>
    /// <param name="package">The descriptor.</param>
    /// <param name="loaded">The tables read without problems.</param>
    /// <param name="broken">The names of tables that failed; a table of several periods with a failed period joins them.</param>
    /// <param name="diagnostics">Where a row of an unlisted period is reported.</param>
    /// <returns>The series by name.</returns>
    public static IReadOnlyDictionary<string, TableSeries> Series(DataPackage package, IReadOnlyList<DataTable> loaded, HashSet<string> broken, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(broken);
        var result = new Dictionary<string, TableSeries>(StringComparer.Ordinal);
        foreach (var resource in package.Resources.Where(r => r.Periods.Count > 0 || r.PeriodField is not null))
        {
            TableSeries? series;
            if (resource.PeriodField is null)
            {
                var periods = resource.Periods.Select(p => (Entry: p, Table: loaded.FirstOrDefault(t => t.Resource.Name == $"{resource.Name}-{p.Slug}"))).ToList();
                series = periods.All(p => p.Table is not null)
                    ? new TableSeries(resource.Name, resource, [.. periods.Select(p => new TablePeriod(p.Entry.Period, p.Table!, p.Entry.Definition) { Updated = p.Entry.Updated })])
                    : null;
            }
            else
            {
                series = loaded.FirstOrDefault(t => t.Resource.Name == resource.Name) is { } whole ? Split(whole, diagnostics) : null;
            }

            if (series is null)
            {
                broken.Add(resource.Name);
                continue;
            }

            result[resource.Name] = series;
        }

        return result;
    }

    /// <summary>Splits a table whose column holds the period into one table per period, without that column.</summary>
    private static TableSeries? Split(DataTable whole, DiagnosticBag diagnostics)
    {
        var resource = whole.Resource;
        var schema = resource.Schema;
        var column = schema.IndexOf(resource.PeriodField!);
        var order = resource.Periods.Count > 0
            ? resource.Periods.ToList()
            : [.. whole.Rows.Select(r => r.Raw[column]).Distinct(StringComparer.Ordinal).Select(p => new TablePeriodEntry(p, null, null, resource.Line))];
        var failed = false;
        var known = order.Select(p => p.Period).ToHashSet(StringComparer.Ordinal);
        foreach (var row in whole.Rows.Where(r => !known.Contains(r.Raw[column])))
        {
            diagnostics.Error(whole.SitePath, row.Line, 1, DiagnosticCodes.BadTableData,
                $"'{row.Raw[column]}' in '{resource.PeriodField}' is not one of the periods of table '{resource.Name}' ({string.Join(", ", order.Select(p => p.Period))}); add it to 'periods:' in the descriptor or correct the row",
                Content.SourceText.Line(whole.CsvText, row.Line));
            failed = true;
        }

        if (failed)
        {
            return null;
        }

        var fields = schema.Fields.Where((f, i) => i != column).ToList();
        var periodSchema = schema with { Fields = fields, PrimaryKey = [.. schema.PrimaryKey.Where(k => k != resource.PeriodField)] };
        var sourceIndexes = Enumerable.Range(0, schema.Fields.Count).Where(i => i != column).ToList();
        var periods = new List<TablePeriod>();
        var byPeriod = whole.Rows.ToLookup(r => r.Raw[column], StringComparer.Ordinal);
        foreach (var entry in order)
        {
            var rows = byPeriod[entry.Period]
                .Select(r => new DataRow(r.Line, [.. r.Raw.Where((_, i) => i != column)], [.. r.Values.Where((_, i) => i != column)]))
                .ToList();
            var periodResource = resource with { Schema = periodSchema, Period = entry.Period, Periods = [], PeriodField = null };
            periods.Add(new TablePeriod(entry.Period, new DataTable(periodResource, rows, whole.SitePath, whole.CsvText) { SourceIndexes = sourceIndexes }, entry.Definition) { Updated = entry.Updated });
        }

        return new TableSeries(resource.Name, resource, periods);
    }
}
