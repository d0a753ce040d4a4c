using System.Globalization;
using Csa.Site.Yaml;

namespace Csa.Site.Release;

/// <summary>Holds what <c>site.yml</c> says about the release: the deadline, the placeholder patterns and the accessibility statement's URL.</summary>
/// <param name="PublishBy">The date the site must be live by (<c>publish_by:</c>), or <see langword="null"/> when not set.</param>
/// <param name="PublishByText">The value as written, when set.</param>
/// <param name="Placeholders">The texts that mark unfinished writing (<c>release: placeholders:</c>), or the defaults.</param>
/// <param name="StatementUrl">The site-relative URL of the accessibility statement (<c>release: accessibility_statement:</c>), <c>/accessibility/</c> unless set.</param>
/// <param name="Config">The whole of <c>site.yml</c>, with the line of each key.</param>
public sealed record ReleaseSettings(DateOnly? PublishBy, string? PublishByText, IReadOnlyList<string> Placeholders, string StatementUrl, YamlMap Config)
{
    /// <summary>Gets the placeholder texts used when <c>site.yml</c> lists none.</summary>
    public static IReadOnlyList<string> DefaultPlaceholders { get; } = ["TODO", "TBC", "TBD", "first draft", "[contact]", "lorem ipsum", "example.com"];

    /// <summary>Reads the settings from the text of <c>site.yml</c>.</summary>
    /// <param name="config">The parsed <c>site.yml</c>.</param>
    /// <returns>The settings.</returns>
    public static ReleaseSettings From(YamlMap config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = config.Get("publish_by")?.ToString();
        DateOnly? publishBy = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var release = config.Get("release") as IReadOnlyDictionary<string, object?>;
        var patterns = release?.GetValueOrDefault("placeholders") is IEnumerable<object?> list
            ? [.. list.Select(o => o?.ToString() ?? string.Empty).Where(s => s.Length > 0)]
            : DefaultPlaceholders;
        var statement = release?.GetValueOrDefault("accessibility_statement") as string ?? "/accessibility/";
        return new ReleaseSettings(publishBy, text, patterns, statement, config);
    }
}
