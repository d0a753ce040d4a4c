namespace Csa.Site.Narrative;

/// <summary>Lists one heading in a page's table of contents.</summary>
/// <param name="Level">The heading level, 2 or 3.</param>
/// <param name="Id">The heading's id, the target of the contents link.</param>
/// <param name="Text">The heading's plain text.</param>
public sealed record TocEntry(int Level, string Id, string Text);
