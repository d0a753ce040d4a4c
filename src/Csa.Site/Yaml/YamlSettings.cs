using System.Globalization;

namespace Csa.Site.Yaml;

/// <summary>Reads typed settings from a YAML mapping (front matter, a chart block, <c>site.yml</c>), reporting a value of the
/// wrong kind in one style at its key's line: <c>'order:' must be a whole number, not 'first'</c>.</summary>
/// <remarks>Each reader turns the problems into diagnostics with its own code; an absent key (or <c>null</c>) is never a
/// problem here, so callers decide what is required.</remarks>
public sealed class YamlSettings
{
    private readonly Action<int, string> _problem;

    /// <summary>Initializes a new instance of the <see cref="YamlSettings"/> class.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="problem">Receives each problem: the 1-based line of its key in the mapping's text, and the message.</param>
    public YamlSettings(YamlMap map, Action<int, string> problem)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(problem);
        Map = map;
        _problem = problem;
    }

    /// <summary>Gets the mapping.</summary>
    public YamlMap Map { get; }

    /// <summary>Returns the message for a value of the wrong kind: <c>'top:' must be a whole number above 0, not 'ten'</c>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expected">What it must be.</param>
    /// <param name="value">What it is.</param>
    /// <returns>The message.</returns>
    public static string MustBe(string key, string expected, object? value) => $"'{key}:' must be {expected}, not {Describe(value)}";

    /// <summary>Describes a value for a message: <c>a list</c>, <c>a mapping</c>, <c>nothing</c> or the value quoted.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The words.</returns>
    public static string Describe(object? value) => value switch
    {
        System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "a mapping",
        System.Collections.IList => "a list",
        null => "nothing",
        _ => $"'{ScalarText(value)}'",
    };

    /// <summary>Returns a scalar as the text it was written as (<c>3</c>, <c>2.5</c>, <c>true</c>), or <see langword="null"/> for a list or mapping.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string? ScalarText(object? value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Reads text: any scalar, as written; a list or mapping is a problem.</summary>
    /// <param name="key">The key.</param>
    /// <param name="nonBlank">Whether blank text is a problem too.</param>
    /// <returns>The text, or <see langword="null"/> when absent or wrong.</returns>
    public string? Text(string key, bool nonBlank = false)
    {
        var value = Map.Get(key);
        if (value is null)
        {
            return null;
        }

        var text = ScalarText(value);
        if (text is null || (nonBlank && string.IsNullOrWhiteSpace(text)))
        {
            Problem(key, MustBe(key, "text", value));
            return null;
        }

        return text;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fallback">The value when absent or wrong.</param>
    /// <returns>The value.</returns>
    public bool Bool(string key, bool fallback)
    {
        var value = Map.Get(key);
        if (value is null or bool)
        {
            return value as bool? ?? fallback;
        }

        Problem(key, MustBe(key, "true or false", value));
        return fallback;
    }

    /// <summary>Reads a whole number within bounds.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expected">What it must be, for the message (e.g. <c>a whole number above 0</c>).</param>
    /// <param name="min">The least value allowed.</param>
    /// <returns>The number, or <see langword="null"/> when absent or wrong.</returns>
    public int? WholeNumber(string key, string expected, int min = int.MinValue)
    {
        var value = Map.Get(key);
        if (value is null)
        {
            return null;
        }

        if (value is long n && n >= min && n <= int.MaxValue)
        {
            return (int)n;
        }

        Problem(key, MustBe(key, expected, value));
        return null;
    }

    /// <summary>Reads a date written <c>YYYY-MM-DD</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The date, or <see langword="null"/> when absent or wrong.</returns>
    public DateOnly? Date(string key)
    {
        var value = Map.Get(key);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(ScalarText(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(key, MustBe(key, $"a date written YYYY-MM-DD (e.g. '{key}: 2020-04-01')", value));
        return null;
    }

    /// <summary>Reads a list of scalars as text; a single scalar is a list of one.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expected">What it must be, for the message (e.g. <c>a list of names, e.g. [Stowe, Chasetown]</c>).</param>
    /// <returns>The texts; empty when absent or wrong.</returns>
    public IReadOnlyList<string> TextList(string key, string expected)
    {
        var value = Map.Get(key);
        if (value is null)
        {
            return [];
        }

        var items = value is List<object?> list ? list : [value];
        var texts = items.Select(ScalarText).ToList();
        if (texts.Any(t => t is null))
        {
            Problem(key, MustBe(key, expected, value));
            return [];
        }

        return [.. texts.Select(t => t!)];
    }

    /// <summary>Reads a mapping of text to text.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expected">What it must be, for the message (e.g. <c>a mapping of abbreviation to expansion</c>).</param>
    /// <param name="keys">The keys allowed in it; any when <see langword="null"/>.</param>
    /// <returns>The mapping, empty when absent; <see langword="null"/> when wrong.</returns>
    public IReadOnlyDictionary<string, string>? TextMap(string key, string expected, IReadOnlyCollection<string>? keys = null)
    {
        var value = Map.Get(key);
        if (value is null)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        if (value is not IReadOnlyDictionary<string, object?> map || map.Any(kv => ScalarText(kv.Value) is null || (keys is not null && !keys.Contains(kv.Key))))
        {
            Problem(key, MustBe(key, expected, value));
            return null;
        }

        return map.ToDictionary(kv => kv.Key, kv => ScalarText(kv.Value)!, StringComparer.Ordinal);
    }

    /// <summary>Reports a problem with a key at its line.</summary>
    /// <param name="key">The key.</param>
    /// <param name="message">The message.</param>
    public void Problem(string key, string message) => _problem(Map.LineOf(key), message);
}
