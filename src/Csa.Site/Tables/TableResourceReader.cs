using Csa.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reads one resource entry of the descriptor: metadata, fields, primary key and missing values.</summary>
internal static class TableResourceReader
{
    private static readonly HashSet<string> _known = ["name", "path", "title", "description", "period", "unit", "sources", "notes", "schema", "periods", "period_field"];

    public static TableResource? Read(YamlNode node, DescriptorErrors errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.At(node, "each resource must be a mapping with 'name', 'path', 'title' and 'schema'");
            return null;
        }

        var before = errors.Count;
        var name = DescriptorNodes.Text(map, "name");
        if (name is null || !IsSlug(name))
        {
            errors.At(DescriptorNodes.Child(map, "name") ?? map, $"a resource needs a 'name' in lower case with hyphens, e.g. 'ward-offence-rates' (found '{name}')");
        }

        var periodNode = DescriptorNodes.Child(map, "periods");
        var periodField = DescriptorNodes.Text(map, "period_field");
        var filePerPeriod = periodNode is not null && periodField is null;
        if (filePerPeriod && DescriptorNodes.Child(map, "path") is { } onePath)
        {
            errors.At(onePath, $"resource '{name}' has a file per period: give each period its 'path' under 'periods:' and remove this 'path' (or name the column that holds the period with 'period_field:')");
        }

        var path = DescriptorNodes.Text(map, "path") ?? (name is null ? null : name + ".csv");
        if (path is not null && (path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) || !path.EndsWith(".csv", StringComparison.Ordinal)))
        {
            errors.At(DescriptorNodes.Child(map, "path"), $"'path: {path}' must be a .csv file name in the data folder, without folders");
        }

        var title = DescriptorNodes.Text(map, "title");
        if (title is null)
        {
            errors.At(map, $"resource '{name}' needs a 'title' (it is the table's caption)");
        }

        var schema = DescriptorNodes.Child(map, "schema") is YamlMappingNode s ? TableSchemaReader.Read(s, errors) : null;
        if (schema is null && DescriptorNodes.Child(map, "schema") is not YamlMappingNode)
        {
            errors.At(map, $"resource '{name}' needs a 'schema' with 'fields'");
        }

        var periods = periodNode is null ? [] : TablePeriodReader.Read(periodNode, name, filePerPeriod, errors);
        if (schema is not null && periodField is not null)
        {
            TablePeriodReader.CheckField(map, schema, name, periodField, errors);
        }

        if (errors.Count > before || schema is null)
        {
            return null;
        }

        var extra = map.Children
            .Where(kv => kv.Key is YamlScalarNode k && !_known.Contains(k.Value ?? string.Empty))
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => YamlReader.ToPlain(kv.Value), StringComparer.Ordinal);
        return new TableResource(name!, path!, title!, DescriptorNodes.Text(map, "description"), DescriptorNodes.Text(map, "period"),
            DescriptorNodes.Text(map, "unit"), DescriptorNodes.Texts(map, "sources"), DescriptorNodes.Text(map, "notes"), schema, (int)map.Start.Line, extra)
        {
            Periods = periods,
            PeriodField = periodField,
        };
    }

    private static bool IsSlug(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !name.StartsWith('-') && !name.EndsWith('-');
}
