using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csa.Site.Components;

namespace Csa.Site.Tests.Docs;

/// <summary>Writes the reference table of each component's parameters from the code itself: the component's view model
/// (named in <see cref="ComponentNames"/>' documentation), its properties as templates see them (snake_case), their types,
/// whether they are always set, and their XML documentation.</summary>
internal static partial class ComponentReference
{
    /// <summary>The header of every parameters table.</summary>
    public const string Header = "| name | type | required | description |\n|---|---|---|---|";

    private static readonly Lazy<XDocument> _xml = new(() => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Csa.Site.xml")));

    private static readonly NullabilityInfoContext _nullability = new();

    /// <summary>Gets every component with its view model, in the order of <see cref="ComponentNames.All"/>.</summary>
    public static IReadOnlyList<(string Name, Type Model)> Components { get; } = [.. ComponentNames.All.Select(name => (name, ModelOf(name)))];

    /// <summary>Returns the Markdown table of a component's parameters.</summary>
    public static string Table(Type model)
    {
        var table = new StringBuilder(Header);
        foreach (var (name, type, required, description) in Rows(model, string.Empty, new Dictionary<Type, string>()))
        {
            table.Append("\n| `").Append(name).Append("` | ").Append(type).Append(" | ").Append(required).Append(" | ").Append(description).Append(" |");
        }

        return table.ToString();
    }

    /// <summary>Returns a property name as templates see it: <c>CaptionMeta</c> is <c>caption_meta</c>.</summary>
    public static string Snake(string name) => Capital().Replace(name, "_$1").ToLowerInvariant();

    // A type already listed in the table is not listed again: its members are those of the first place it appeared.
    private static IEnumerable<(string Name, string Type, string Required, string Description)> Rows(Type model, string prefix, Dictionary<Type, string> listed)
    {
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + Snake(property.Name);
            var element = ElementType(property.PropertyType);
            var required = property.PropertyType.IsValueType || _nullability.Create(property).ReadState == NullabilityState.NotNull ? "yes" : "no";
            var inner = element ?? property.PropertyType;
            var expanded = IsExpanded(inner);
            var first = expanded ? listed.GetValueOrDefault(inner) : null;
            var more = first is null ? string.Empty : $" Each has the members of `{first}`.";
            yield return (name, TypeWords(property.PropertyType), required, Describe(property) + more);
            if (expanded && first is null)
            {
                listed[inner] = name + (element is null ? string.Empty : "[]");
                foreach (var row in Rows(inner, name + (element is null ? "." : "[]."), listed))
                {
                    yield return row;
                }
            }
        }
    }

    private static bool IsExpanded(Type type) =>
        type.Namespace == typeof(ComponentNames).Namespace && type != typeof(RawHtml) && !type.IsValueType && Components.All(c => c.Model != type);

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string TypeWords(Type type)
    {
        if (ElementType(type) is { } element)
        {
            return element == typeof(string) ? "list of text" : element == typeof(int) ? "list of numbers" : ComponentOf(element) is { } c ? $"list of `{c}.html` models" : "list of objects";
        }

        return type == typeof(string) ? "text"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "number"
            : type == typeof(RawHtml) ? "HTML"
            : ComponentOf(type) is { } component ? $"`{component}.html` model"
            : "object";
    }

    private static string? ComponentOf(Type type) => Components.FirstOrDefault(c => c.Model == type).Name;

    private static Type ModelOf(string component)
    {
        var field = typeof(ComponentNames).GetFields().Single(f => f.IsLiteral && (string?)f.GetRawConstantValue() == component);
        var summary = Member("F:" + typeof(ComponentNames).FullName + "." + field.Name);
        var cref = summary.Descendants("see").Select(s => (string?)s.Attribute("cref")).Single(c => c is not null && c.StartsWith("T:", StringComparison.Ordinal))!;
        return typeof(ComponentNames).Assembly.GetType(cref[2..], throwOnError: true)!;
    }

    private static string Describe(PropertyInfo property)
    {
        var summary = Member("P:" + property.DeclaringType!.FullName + "." + property.Name);
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => "`" + c.Value + "`",
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => "`" + word.Value + "`",
                XElement { Name.LocalName: "see" } see when ((string?)see.Attribute("cref"))?.StartsWith("P:", StringComparison.Ordinal) == true => "`" + Snake(((string)see.Attribute("cref")!).Split('.')[^1]) + "`",
                XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? string.Empty).Split('.')[^1],
                XElement { Name.LocalName: "paramref" } p => "`" + Snake((string?)p.Attribute("name") ?? string.Empty) + "`",
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        var described = Space().Replace(text.ToString(), " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(described), $"{property.DeclaringType.Name}.{property.Name} has no XML documentation");
        described = described.Replace("Gets a value indicating whether", "Whether", StringComparison.Ordinal);
        return described.StartsWith("Gets ", StringComparison.Ordinal) ? char.ToUpperInvariant(described[5]) + described[6..] : described;
    }

    private static XElement Member(string name) =>
        _xml.Value.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == name)?.Element("summary")
        ?? throw new InvalidOperationException($"no XML documentation for {name}");

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Capital();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
