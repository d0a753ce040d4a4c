using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reads a resource's <c>periods:</c> list and checks its <c>period_field:</c>.</summary>
internal static class TablePeriodReader
{
    public static IReadOnlyList<TablePeriodEntry> Read(YamlNode node, string? name, bool filePerPeriod, DescriptorErrors errors)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            errors.At(node, $"'periods' of resource '{name}' must be a list, earliest first, e.g. '- {{period: 2019-20, path: {name}-2019-20.csv}}'");
            return [];
        }

        var result = new List<TablePeriodEntry>();
        foreach (var item in list.Children)
        {
            var entry = item switch
            {
                YamlScalarNode { Value: { Length: > 0 } p } => new TablePeriodEntry(p, null, null, (int)item.Start.Line),
                YamlMappingNode m when DescriptorNodes.Text(m, "period") is { } p => new TablePeriodEntry(p, DescriptorNodes.Text(m, "path"), DescriptorNodes.Text(m, "definition"), (int)item.Start.Line),
                _ => null,
            };
            if (entry is null)
            {
                errors.At(item, "each period needs a 'period' (e.g. 'period: 2019-20')");
                continue;
            }

            if (item is YamlMappingNode withDate && DescriptorNodes.Text(withDate, "updated") is { } updated)
            {
                if (!DateOnly.TryParseExact(updated, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    errors.At(DescriptorNodes.Child(withDate, "updated"), $"'updated: {updated}' must be a date written YYYY-MM-DD, e.g. 2021-04-01");
                    continue;
                }

                entry = entry with { Updated = date };
            }

            if (entry.Slug.Length == 0)
            {
                errors.At(item, $"period '{entry.Period}' needs a letter or digit: it names the period's pages and downloads");
                continue;
            }

            if (result.Any(e => e.Slug == entry.Slug))
            {
                errors.At(item, $"period '{entry.Period}' is listed twice (or two periods differ only in punctuation)");
                continue;
            }

            if (filePerPeriod && entry.Path is null)
            {
                errors.At(item, $"period '{entry.Period}' needs a 'path': the CSV file with that period's figures (or name the column that holds the period with 'period_field:')");
                continue;
            }

            if (!filePerPeriod && entry.Path is not null)
            {
                errors.At(item, $"period '{entry.Period}' has a 'path', but 'period_field' says one file holds every period; remove one of them");
                continue;
            }

            if (entry.Path is { } path && (path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) || !path.EndsWith(".csv", StringComparison.Ordinal)))
            {
                errors.At(item, $"'path: {path}' must be a .csv file name in the data folder, without folders");
                continue;
            }

            result.Add(entry);
        }

        return result;
    }

    public static void CheckField(YamlMappingNode map, TableSchema schema, string? name, string periodField, DescriptorErrors errors)
    {
        var node = DescriptorNodes.Child(map, "period_field");
        if (schema.IndexOf(periodField) < 0)
        {
            errors.At(node, $"'period_field: {periodField}' is not a field of resource '{name}'; its fields are: {string.Join(", ", schema.Fields.Select(f => f.Name))}");
        }
        else if (!schema.PrimaryKey.Contains(periodField))
        {
            errors.At(node, $"'period_field: {periodField}' must be part of the primary key, so each row is one thing in one period, e.g. 'primaryKey: [{string.Join(", ", schema.PrimaryKey.Append(periodField).Distinct())}]'");
        }
        else if (schema.PrimaryKey.Count < 2)
        {
            errors.At(node, $"the primary key of resource '{name}' needs a field besides '{periodField}', to say what each row is about");
        }
    }
}
