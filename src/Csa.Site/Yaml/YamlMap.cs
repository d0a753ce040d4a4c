namespace Csa.Site.Yaml;

/// <summary>Holds a YAML mapping as plain values, with the 1-based line of each key for diagnostics.</summary>
/// <param name="Values">The values by key, in document order.</param>
/// <param name="KeyLines">The 1-based line of each key.</param>
public sealed record YamlMap(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, int> KeyLines)
{
    /// <summary>Gets an empty mapping.</summary>
    public static YamlMap Empty { get; } = new(new Dictionary<string, object?>(), new Dictionary<string, int>());

    /// <summary>Returns the line of a key, or 1 when the key is absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The 1-based line.</returns>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>Returns the value of a key, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public object? Get(string key) => Values.TryGetValue(key, out var value) ? value : null;
}
