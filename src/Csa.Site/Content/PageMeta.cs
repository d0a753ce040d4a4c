using Csa.Site.Yaml;

namespace Csa.Site.Content;

/// <summary>Holds a page's front matter: the typed keys the engine reads and every key as written.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Summary">The plain-English summary, if any.</param>
/// <param name="Layout">The layout name, if set.</param>
/// <param name="Order">The navigation order, if set.</param>
/// <param name="Draft">Whether the page is a draft.</param>
/// <param name="PublishDate">The first day the page is published, if set.</param>
/// <param name="Url">The permalink, if set.</param>
/// <param name="InNav">Whether the page appears in menus and previous/next links.</param>
/// <param name="NavTitle">The shorter menu title, if set.</param>
/// <param name="EvaluateScriban">Whether Scriban expressions in the Markdown are evaluated.</param>
/// <param name="Values">Every front-matter key with its value and line.</param>
public sealed record PageMeta(
    string Title,
    string? Summary,
    string? Layout,
    int? Order,
    bool Draft,
    DateOnly? PublishDate,
    string? Url,
    bool InNav,
    string? NavTitle,
    bool EvaluateScriban,
    YamlMap Values)
{
    /// <summary>Gets a value indicating whether Scriban also runs inside Markdown code spans and blocks (<c>scriban_in_code: true</c>); off, code prints literally.</summary>
    public bool ScribanInCode { get; init; }
}
