using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reads values out of descriptor YAML nodes.</summary>
internal static class DescriptorNodes
{
    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public static IReadOnlyList<string> Texts(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlScalarNode { Value: { } one } => [one],
        YamlSequenceNode list => [.. list.Children.Select(DescribeItem).OfType<string>()],
        _ => [],
    };

    private static string? DescribeItem(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlMappingNode m => Text(m, "title") ?? Text(m, "name") ?? Text(m, "path"),
        _ => null,
    };
}
