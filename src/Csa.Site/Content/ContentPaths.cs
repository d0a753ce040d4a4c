namespace Csa.Site.Content;

/// <summary>Combines and normalises URL paths inside the content folder, refusing any that climb out of it.</summary>
public static class ContentPaths
{
    /// <summary>Resolves a relative path against a folder, both relative to the content root, with forward slashes.</summary>
    /// <param name="folder">The folder, e.g. <c>priorities</c> (empty for the root).</param>
    /// <param name="relative">The relative path, e.g. <c>../about.md</c>.</param>
    /// <returns>The normalised path, or <see langword="null"/> when it would leave the content root.</returns>
    public static string? Combine(string folder, string relative)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(relative);
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        // Only '/' separates segments: in a URL a backslash is an ordinary character ('foo\\bar' is 'foo%5Cbar', as CommonMark
        // prints it), never a folder separator.
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
