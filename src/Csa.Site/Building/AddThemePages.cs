using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Stage: adds the pages every site needs that the theme supplies (<c>pages/</c> in the theme: the accessibility
/// statement, the data catalogue, 404) when the content has no page of the same path or URL.</summary>
/// <remarks>A theme page is read as if it were in the content folder's root (so <c>data.md</c> is <c>/data/</c> and links to it
/// from content resolve), and is reported at its own file. A content page with the same path or URL replaces it.</remarks>
public static class AddThemePages
{
    /// <summary>Gets the theme folder that holds the pages the theme supplies.</summary>
    public const string Folder = "pages";

    /// <summary>Gets the front-matter key that adds a theme page only to sites with data tables (<c>only_with_data: true</c>).</summary>
    public const string OnlyWithData = "only_with_data";

    /// <summary>Gets the front-matter key that adds a theme page only to sites whose <c>site.yml</c> has <c>print:</c> (<c>only_with_print: true</c>).</summary>
    public const string OnlyWithPrint = "only_with_print";

    /// <summary>Returns the content pages followed by the theme pages the content does not replace.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="contentPages">The pages read from the content folder.</param>
    /// <param name="sources">Where file texts are recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="hasPrint">Whether the site asks for the whole plan on one page (<c>print:</c> in <c>site.yml</c>).</param>
    /// <returns>Every page, ordered by content path.</returns>
    public static IReadOnlyList<PageSource> Run(BuildOptions options, IReadOnlyList<PageSource> contentPages, SourceFiles sources, DiagnosticBag diagnostics, bool hasPrint = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contentPages);
        ArgumentNullException.ThrowIfNull(sources);
        var folder = Path.Combine(options.Theme, Folder);
        var files = SourceTree.Files(folder, "*.md");
        if (files.Count == 0)
        {
            return contentPages;
        }

        var hasData = File.Exists(Path.Combine(options.Content, ContentFiles.DataFolder, Tables.DataPackage.FileName));
        var taken = contentPages.Select(p => p.ContentPath).Concat(contentPages.Select(UrlOf)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pages = new List<PageSource>(contentPages);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var sitePath = options.DisplayPath(file);
            if (taken.Contains(relative) || SourceText.Read(file, sitePath, diagnostics) is not { } text)
            {
                continue;
            }

            var page = FrontMatterReader.Read(sitePath, relative, text, diagnostics);
            if (page is not null && !taken.Contains(UrlOf(page)) && (page.Meta.Values.Get(OnlyWithData) is not true || hasData) && (page.Meta.Values.Get(OnlyWithPrint) is not true || hasPrint))
            {
                sources.Add(sitePath, page.Text);
                pages.Add(page);
            }
        }

        return [.. pages.OrderBy(p => p.ContentPath, StringComparer.Ordinal)];
    }

    /// <summary>Returns the URL a page is published at: its permalink when valid, else the one its content path gives.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The site-relative URL, e.g. <c>/accessibility/</c>.</returns>
    internal static string UrlOf(PageSource page) =>
        page.Meta.Url is { } permalink && PageUrls.TryPermalink(permalink, out var url) is null ? url : PageUrls.FromContentPath(page.ContentPath);
}
