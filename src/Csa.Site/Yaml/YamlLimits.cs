using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Yaml;

/// <summary>The limits every YAML text the tool reads is held to (settings, front matter, the data descriptor), so a
/// hostile or mistaken file gives an error at its line instead of exhausting memory or the stack.</summary>
/// <remarks>A "billion laughs" file repeats an anchored node through aliases, each level many times over: read as plain
/// values it would expand exponentially. Nesting is limited before the document is loaded, as loading recurses.</remarks>
public static class YamlLimits
{
    /// <summary>The most characters a YAML text may have.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>The deepest a YAML text may nest lists and mappings.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most values a YAML text may hold once every alias is expanded.</summary>
    public const int MaxValues = 1_000_000;

    /// <summary>Rejects text too long or nested too deeply, before it is loaded.</summary>
    /// <param name="text">The YAML text.</param>
    /// <exception cref="YamlParseException">The text breaks a limit.</exception>
    public static void CheckText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            throw new YamlParseException($"the YAML is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; settings and front matter may be at most {MaxCharacters.ToString("N0", CultureInfo.InvariantCulture)}", 1, 1);
        }

        // Each level of nesting needs one of these characters, so most texts cannot nest too deeply and are not scanned.
        var bound = 0;
        foreach (var c in text)
        {
            if (c is '[' or '{' or '-' or ':' or '?')
            {
                bound++;
            }
        }

        if (bound > MaxDepth)
        {
            CheckDepth(text);
        }
    }

    /// <summary>Rejects a loaded document whose aliases expand it beyond <see cref="MaxValues"/> values.</summary>
    /// <param name="root">The document's root node.</param>
    /// <exception cref="YamlParseException">The aliases expand too far, at the line of the node they repeat most.</exception>
    public static void CheckExpansion(YamlNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        if (Size(root, sizes) <= MaxValues)
        {
            return;
        }

        // The anchored node behind the expansion: the largest one that occurs more than once.
        var uses = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        Count(root, uses);
        var repeated = uses.Where(u => u.Value > 1).Select(u => u.Key).OrderByDescending(n => sizes.GetValueOrDefault(n)).FirstOrDefault() ?? root;
        var anchor = repeated.Anchor.IsEmpty ? string.Empty : $" (the anchor '&{repeated.Anchor.Value}')";
        throw new YamlParseException($"aliases repeat the value here{anchor} until the YAML holds more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values; write the values out, or use fewer aliases", (int)repeated.Start.Line, (int)repeated.Start.Column);
    }

    private static long Size(YamlNode node, Dictionary<YamlNode, long> sizes)
    {
        if (sizes.TryGetValue(node, out var known))
        {
            return known;
        }

        long size = 1;
        foreach (var child in Children(node))
        {
            size = Math.Min(size + Size(child, sizes), long.MaxValue / 4);
        }

        sizes[node] = size;
        return size;
    }

    private static void Count(YamlNode node, Dictionary<YamlNode, int> uses)
    {
        uses[node] = uses.GetValueOrDefault(node) + 1;
        if (uses[node] > 1)
        {
            return;
        }

        foreach (var child in Children(node))
        {
            Count(child, uses);
        }
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.SelectMany(kv => new[] { kv.Key, kv.Value }),
        YamlSequenceNode s => s.Children,
        _ => [],
    };

    private static void CheckDepth(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            throw new YamlParseException($"lists and mappings are nested more than {MaxDepth} deep here; settings and front matter may nest at most {MaxDepth} deep", (int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Not well formed: loading the text reports it with its position.
        }
    }
}
