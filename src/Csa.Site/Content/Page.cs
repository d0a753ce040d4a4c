namespace Csa.Site.Content;

/// <summary>Represents a page that will be built: its source and where it is published.</summary>
/// <param name="Source">The Markdown source.</param>
/// <param name="Url">The site-relative URL, e.g. <c>/priorities/asb/</c> (the base path is added when links are written).</param>
/// <param name="OutputPath">The file to write, relative to the output folder, e.g. <c>priorities/asb/index.html</c>.</param>
public sealed record Page(PageSource Source, string Url, string OutputPath)
{
    /// <summary>Gets the page title.</summary>
    public string Title => Source.Meta.Title;

    /// <summary>Gets the title used in menus and breadcrumbs.</summary>
    public string NavTitle => Source.Meta.NavTitle ?? Source.Meta.Title;

    /// <summary>Gets a value indicating whether this is the home page.</summary>
    public bool IsHome => Url == "/";
}
