using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Yaml;

/// <summary>Reads YAML text into plain .NET values (dictionaries, lists, strings, numbers, booleans) with key positions.</summary>
/// <remarks>Plain scalars are typed as YAML 1.2's core schema types them: <c>true</c>/<c>false</c>, integers, floats and
/// <c>null</c>/<c>~</c>; quoted scalars always stay strings, so <c>"2019"</c> is text and <c>2019</c> a number.</remarks>
public static class YamlReader
{
    /// <summary>Parses a YAML document whose top level must be a mapping (or empty).</summary>
    /// <param name="text">The YAML text.</param>
    /// <returns>The mapping, with the 1-based line of every top-level key.</returns>
    /// <exception cref="YamlParseException">The text is not YAML, or its top level is not a mapping.</exception>
    public static YamlMap ReadMapping(string text)
    {
        var node = ReadNode(text);
        if (node is null)
        {
            return YamlMap.Empty;
        }

        if (node is not YamlMappingNode mapping)
        {
            throw new YamlParseException("expected a mapping of 'key: value' lines", (int)node.Start.Line, (int)node.Start.Column);
        }

        return ToMap(mapping);
    }

    /// <summary>Parses a YAML document into its node tree, keeping positions for diagnostics.</summary>
    /// <param name="text">The YAML text.</param>
    /// <returns>The root node, or <see langword="null"/> for an empty document.</returns>
    /// <exception cref="YamlParseException">The text is not YAML.</exception>
    public static YamlNode? ReadNode(string text)
    {
        YamlLimits.CheckText(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            throw new YamlParseException(TrimPosition(message), (int)ex.Start.Line, (int)ex.Start.Column);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, for some unclosed flow collections ("title: [Home") and for
            // some malformed documents ("The current event is of an unsupported type", found by fuzzing).
            var (line, column) = LastGoodPosition(text);
            throw new YamlParseException("the YAML is not well formed near here (is a '[' or '{' left unclosed?): " + ex.Message, line, column);
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is not null)
        {
            YamlLimits.CheckExpansion(root);
            CheckUniqueKeys(root, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
        }

        return root;
    }

    /// <summary>Returns the line of a nested key, e.g. <c>accessibility</c> then <c>status</c> (a list's item by its index,
    /// <c>help</c>, <c>services</c>, <c>2</c>); where the path stops early,
    /// the line of the last key found, so a missing setting is reported at the section it belongs in.</summary>
    /// <param name="root">The document's root node, or <see langword="null"/>.</param>
    /// <param name="keys">The keys, outermost first.</param>
    /// <returns>The 1-based line, or 0 when not even the first key is there.</returns>
    public static int KeyLine(YamlNode? root, params IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var line = 0;
        var node = root;
        foreach (var key in keys)
        {
            if (node is YamlSequenceNode sequence && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Children.Count)
            {
                node = sequence.Children[index];
                line = (int)node.Start.Line;
                continue;
            }

            if (node is not YamlMappingNode mapping || mapping.Children.FirstOrDefault(kv => KeyName(kv.Key) == key) is not { Key: not null } found)
            {
                break;
            }

            line = (int)found.Key.Start.Line;
            node = found.Value;
        }

        return line;
    }

    /// <summary>Converts a mapping node into a <see cref="YamlMap"/>.</summary>
    /// <param name="mapping">The node.</param>
    /// <returns>The plain values with key lines.</returns>
    public static YamlMap ToMap(YamlMappingNode mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = KeyName(key);
            values[name] = ToPlain(value);
            lines[name] = (int)key.Start.Line;
        }

        return new YamlMap(values, lines);
    }

    /// <summary>Converts any node to plain values: mappings to dictionaries, sequences to lists, scalars to typed values.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The plain value.</returns>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.ToDictionary(
            kv => KeyName(kv.Key),
            kv => ToPlain(kv.Value),
            StringComparer.Ordinal),
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlScalarNode scalar => ToScalar(scalar),
        _ => null,
    };

    private static object? ToScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text ?? string.Empty;
        }

        switch (text)
        {
            case null or "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !text.Contains(',', StringComparison.Ordinal))
        {
            return number;
        }

        return text;
    }

    /// <summary>Rejects a mapping that names a key twice, and a value holding a control character. YamlDotNet rejects exact repeats, but not keys that differ only by a tag
    /// (<c>label</c> and <c>! label</c>), which read as the same name (found by fuzzing).</summary>
    private static void CheckUniqueKeys(YamlNode node, HashSet<YamlNode> seen)
    {
        if (!seen.Add(node))
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var lines = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    var name = KeyName(key);
                    if (!lines.TryAdd(name, key.Start.Line))
                    {
                        throw new YamlParseException($"the key '{name}' is given twice in one mapping (first on line {lines[name]})", (int)key.Start.Line, (int)key.Start.Column);
                    }

                    CheckUniqueKeys(key, seen);
                    CheckUniqueKeys(value, seen);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CheckUniqueKeys(child, seen);
                }

                break;
            case YamlScalarNode { Value: { } value } scalar when value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')):
                // Written as an escape ("\x01") in a quoted value: no page, spreadsheet or chart can show one.
                var control = value.First(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
                throw new YamlParseException($"the value holds the control character U+{(int)control:X4}, which no page or spreadsheet can show: delete it", (int)scalar.Start.Line, (int)scalar.Start.Column);
        }
    }

    private static string KeyName(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();

    private static (int Line, int Column) LastGoodPosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        var column = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
                column = (int)parser.Current.Start.Column;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The last event read is as close to the problem as the parser gets.
        }

        return (line, column);
    }

    private static string TrimPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 2, Idx: 21): "; the position is reported separately.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }
}
