namespace Csa.Site.Components;

/// <summary>Describes one row of a Markdown table.</summary>
/// <param name="Cells">The cells, in order.</param>
public sealed record MarkdownRowModel(IReadOnlyList<MarkdownCellModel> Cells);
