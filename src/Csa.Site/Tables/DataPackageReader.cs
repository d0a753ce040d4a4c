using Csa.Site.Diagnostics;
using Csa.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reads and checks the data descriptor: package metadata and, for each table, its metadata and Table Schema.</summary>
public static class DataPackageReader
{
    /// <summary>Reads a descriptor; problems go to the bag with their lines.</summary>
    /// <param name="text">The descriptor text (YAML; JSON is YAML too).</param>
    /// <param name="sitePath">The descriptor's path from the site root.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The package, or <see langword="null"/> when it is unusable.</returns>
    public static DataPackage? Read(string text, string sitePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        YamlNode? root;
        try
        {
            root = YamlReader.ReadNode(text);
        }
        catch (YamlParseException ex)
        {
            diagnostics.Error(sitePath, ex.Line, ex.Column, DiagnosticCodes.BadDataDescriptor, "not valid YAML: " + ex.Message, Content.SourceText.Line(text, ex.Line));
            return null;
        }

        var errors = new DescriptorErrors(sitePath, text, diagnostics);
        if (root is not YamlMappingNode package)
        {
            errors.At(root, "the descriptor must be a mapping with 'name', 'title' and 'resources'");
            return null;
        }

        var resources = new List<TableResource>();
        var resourceNodes = DescriptorNodes.Child(package, "resources") as YamlSequenceNode;
        if (resourceNodes is null)
        {
            errors.At(package, "'resources' is required: a list with one entry per table");
        }

        foreach (var node in resourceNodes?.Children ?? [])
        {
            var resource = TableResourceReader.Read(node, errors);
            if (resource is null)
            {
                continue;
            }

            if (resources.Any(r => r.Name == resource.Name))
            {
                errors.At(node, $"two resources are named '{resource.Name}'");
                continue;
            }

            resources.Add(resource);
        }

        var notPublished = DescriptorNodes.Child(package, "not_published") is YamlSequenceNode np
            ? np.Children.Select(YamlReader.ToPlain).OfType<IReadOnlyDictionary<string, object?>>().ToList()
            : [];
        var values = (IReadOnlyDictionary<string, object?>)YamlReader.ToPlain(package)!;
        var name = DescriptorNodes.Text(package, "name") ?? "data";
        var title = DescriptorNodes.Text(package, "title") ?? name;
        var planKey = package.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "plan");
        var headingLines = planKey is not null && package.Children[planKey] is YamlMappingNode plan && DescriptorNodes.Child(plan, "headings") is YamlSequenceNode headings
            ? headings.Children.Select(h => (int)h.Start.Line).ToList()
            : [];
        return errors.Count > 0 ? null : new DataPackage(name, title, DescriptorNodes.Text(package, "description"), resources, notPublished, values)
        {
            PlanLine = planKey is null ? 0 : (int)planKey.Start.Line,
            PlanHeadingLines = headingLines,
            SitePath = sitePath,
        };
    }
}
