using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reads a Table Schema: fields with name, title, type and unit; primary key; missing values.</summary>
internal static class TableSchemaReader
{
    public static TableSchema? Read(YamlMappingNode schema, DescriptorErrors errors)
    {
        var before = errors.Count;
        var fields = new List<TableField>();
        if (DescriptorNodes.Child(schema, "fields") is not YamlSequenceNode fieldNodes || fieldNodes.Children.Count == 0)
        {
            errors.At(schema, "'schema' needs 'fields': a list with one entry per CSV column");
            return null;
        }

        foreach (var node in fieldNodes.Children)
        {
            if (node is not YamlMappingNode f || DescriptorNodes.Text(f, "name") is not { } name)
            {
                errors.At(node, "each field needs a 'name' (the CSV column header)");
                continue;
            }

            var typeText = DescriptorNodes.Text(f, "type") ?? "string";
            if (!Enum.TryParse<FieldType>(typeText, ignoreCase: true, out var type) || typeText.Any(char.IsUpper))
            {
                // Keep the field as text so later checks (primary key) do not report knock-on errors.
                errors.At(DescriptorNodes.Child(f, "type"), $"field '{name}' has unknown type '{typeText}'; use string, number, integer, boolean, date or year");
                type = FieldType.String;
            }

            if (fields.Any(x => x.Name == name))
            {
                errors.At(node, $"two fields are named '{name}'");
                continue;
            }

            fields.Add(new TableField(name, DescriptorNodes.Text(f, "title") ?? name, type, DescriptorNodes.Text(f, "unit"), DescriptorNodes.Text(f, "description"), (int)f.Start.Line));
        }

        var key = DescriptorNodes.Texts(schema, "primaryKey");
        if (key.Count == 0)
        {
            errors.At(schema, "'schema' needs a 'primaryKey': the field (or list of fields) whose values identify a row");
        }

        foreach (var missing in key.Where(k => fields.All(f => f.Name != k)))
        {
            errors.At(DescriptorNodes.Child(schema, "primaryKey"), $"primary key field '{missing}' is not one of the fields");
        }

        var missingValues = DescriptorNodes.Child(schema, "missingValues") is null ? [string.Empty] : DescriptorNodes.Texts(schema, "missingValues");
        return errors.Count > before ? null : new TableSchema(fields, key, missingValues);
    }
}
