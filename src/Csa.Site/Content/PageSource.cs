namespace Csa.Site.Content;

/// <summary>Holds one Markdown page as read from <c>content/</c>, split into front matter and body.</summary>
/// <param name="SitePath">The file path relative to the site root, with forward slashes (e.g. <c>content/about.md</c>), used in diagnostics.</param>
/// <param name="ContentPath">The file path relative to the content folder (e.g. <c>priorities/asb.md</c>).</param>
/// <param name="Meta">The front matter.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The 1-based line in the file where the body starts.</param>
/// <param name="Text">The whole file text with LF line endings, kept to quote source lines in diagnostics.</param>
public sealed record PageSource(string SitePath, string ContentPath, PageMeta Meta, string Body, int BodyLine, string Text)
{
    /// <summary>Gets the table row this page was generated from, or <see langword="null"/> for an ordinary page.</summary>
    public GeneratedRow? Row { get; init; }

    /// <summary>Gets the period this page was built for, with its links to the page's other periods, or
    /// <see langword="null"/> for a page without <c>periods:</c>.</summary>
    public PagePeriod? Period { get; init; }

    /// <summary>Gets the folder the page's path is relative to, as reports show it, with a final slash (e.g. <c>riverside/</c>):
    /// the content folder for a content page.</summary>
    public string Folder => SitePath.EndsWith("/" + ContentPath, StringComparison.Ordinal) ? SitePath[..^ContentPath.Length] : "content/";

    /// <summary>Returns the text of a 1-based line of the file, or <see langword="null"/> when out of range.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line without its newline.</returns>
    public string? LineText(int line) => SourceText.Line(Text, line);
}
