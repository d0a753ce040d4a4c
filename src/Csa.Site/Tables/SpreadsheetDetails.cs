namespace Csa.Site.Tables;

/// <summary>Writes the licence and contact lines of a spreadsheet's cover sheet from the descriptor and <c>site.yml</c>.</summary>
public static class SpreadsheetDetails
{
    private static readonly string[] ContactKeys = ["name", "organisation", "email", "phone"];

    /// <summary>Returns the first licence as <c>Title (address)</c>.</summary>
    /// <param name="licenses">The descriptor's <c>licenses</c> list.</param>
    /// <returns>e.g. <c>Open Government Licence v3.0 (https://...)</c>, or <see langword="null"/> when there is none.</returns>
    public static string? Licence(object? licenses)
    {
        var first = (licenses as IEnumerable<object?>)?.OfType<IReadOnlyDictionary<string, object?>>().FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var title = first.GetValueOrDefault("title") as string ?? first.GetValueOrDefault("name") as string;
        var path = first.GetValueOrDefault("path") as string;
        return path is null ? title : $"{title} ({path})";
    }

    /// <summary>Returns who to contact as one line: name, organisation, email and phone, each when set.</summary>
    /// <param name="contact">The <c>contact</c> value of <c>site.yml</c>: a mapping or a line of text.</param>
    /// <returns>e.g. <c>Strategy Team, Staffordshire County Council</c>, or <see langword="null"/> when not set.</returns>
    public static string? Contact(object? contact) => contact switch
    {
        string text when text.Length > 0 => text,
        IReadOnlyDictionary<string, object?> map => string.Join(", ", ContactKeys
            .Select(k => map.GetValueOrDefault(k)?.ToString()).Where(v => !string.IsNullOrWhiteSpace(v))) is { Length: > 0 } line ? line : null,
        _ => null,
    };
}
