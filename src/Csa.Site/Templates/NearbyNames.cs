namespace Csa.Site.Templates;

/// <summary>Finds the names that exist near a misspelt one, by edit distance, for "did you mean" in diagnostics.</summary>
public static class NearbyNames
{
    /// <summary>Returns the known names within a small edit distance of a name, nearest first.</summary>
    /// <param name="name">The name that was not found.</param>
    /// <param name="known">The names that exist.</param>
    /// <returns>At most three names; none when nothing is near.</returns>
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var most = Math.Max(1, Math.Min(3, name.Length / 3));
        return [.. known.Distinct(StringComparer.Ordinal)
            .Select(k => (Name: k, Distance: Distance(name, k)))
            .Where(k => k.Distance <= most || string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(k => k.Name)];
    }

    /// <summary>Returns the number of single-letter insertions, deletions, substitutions and swaps of neighbours that turn one
    /// name into the other, ignoring case (Damerau–Levenshtein, optimal string alignment).</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
