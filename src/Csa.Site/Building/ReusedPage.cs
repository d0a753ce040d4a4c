using Csa.Site.Narrative;

namespace Csa.Site.Building;

/// <summary>A page as a previous build of the same session wrote it.</summary>
/// <param name="Rendered">Its Markdown as HTML.</param>
/// <param name="Html">The whole page as written.</param>
public sealed record ReusedPage(RenderedNarrative Rendered, string Html)
{
    /// <summary>Gets the page's file as written (<see cref="Html"/> in UTF-8), written again as the same bytes; none when <see langword="null"/>.</summary>
    public byte[]? Bytes { get; init; }
}
