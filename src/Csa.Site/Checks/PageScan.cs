namespace Csa.Site.Checks;

/// <summary>Holds what the checker needs from one parsed page or SVG file, so the document itself can be dropped.</summary>
/// <param name="Path">The file, relative to the output folder.</param>
/// <param name="Targets">Every fragment the file answers to: element ids (and <c>a name</c> in HTML).</param>
/// <param name="Links">Every link in the file, in document order.</param>
/// <param name="Problems">The problems found inside the file alone (duplicate ids, empty links).</param>
public sealed record PageScan(string Path, IReadOnlySet<string> Targets, IReadOnlyList<FoundLink> Links, IReadOnlyList<LinkProblem> Problems)
{
    /// <summary>Gets the base URL the page sets with <c>&lt;base href&gt;</c>, or <see langword="null"/>.</summary>
    public string? BaseHref { get; init; }

    /// <summary>Gets a value indicating whether the page asks search engines not to index it (<c>meta name=robots content=noindex</c>), so a sitemap need not list it.</summary>
    public bool NoIndex { get; init; }
}
