namespace Csa.Site.Checks;

/// <summary>Holds the URLs and URL prefixes whose links are not checked, read from a file of one entry a line.</summary>
/// <remarks>Blank lines and lines starting with <c>#</c> are skipped. A link is ignored when the link as written, or the
/// absolute URL it resolves to, starts with an entry: <c>https://www.example.gov.uk/</c> ignores that whole host.</remarks>
public sealed class IgnoreList
{
    private readonly string[] _prefixes;

    /// <summary>Initializes a new instance of the <see cref="IgnoreList"/> class.</summary>
    /// <param name="prefixes">The URLs or URL prefixes to ignore.</param>
    public IgnoreList(IEnumerable<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        _prefixes = [.. prefixes.Where(p => p.Length > 0)];
    }

    /// <summary>Reads the entries of an ignore file's text.</summary>
    /// <param name="text">The file's text: one URL or prefix a line, <c>#</c> comments.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    /// <summary>Returns whether a link is ignored.</summary>
    /// <param name="link">The link as written.</param>
    /// <param name="absolute">The absolute URL it resolves to, if known.</param>
    /// <returns><see langword="true"/> when an entry is a prefix of either.</returns>
    public bool Matches(string link, string? absolute)
    {
        foreach (var prefix in _prefixes)
        {
            if (link.StartsWith(prefix, StringComparison.Ordinal) || (absolute is not null && absolute.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
