namespace Csa.Site.Components;

/// <summary>Feeds <c>components/figure-sources.html</c>: where the figures a page printed come from, in the order it printed them.</summary>
/// <param name="Items">One entry for each table row the page's text, tables and charts printed from, or for each table
/// printed whole.</param>
public sealed record FigureSourcesModel(IReadOnlyList<FigureSourceModel> Items);
