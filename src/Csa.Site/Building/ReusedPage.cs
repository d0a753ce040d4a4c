using Csa.Site.Narrative;

namespace Csa.Site.Building;

/// <summary>A page as a previous build of the same session wrote it.</summary>
/// <param name="Rendered">Its Markdown as HTML.</param>
/// <param name="Html">The whole page as written.</param>
public sealed record ReusedPage(RenderedNarrative Rendered, string Html);
