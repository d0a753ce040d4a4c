namespace Csa.Site.Components;

/// <summary>Describes one cell of a Markdown table.</summary>
/// <param name="Content">The cell's content, rendered from its Markdown.</param>
/// <param name="Align">The column's alignment: <c>numeric</c> (right), <c>centre</c>, or <see langword="null"/> (left).</param>
/// <param name="ColSpan">How many columns the cell spans.</param>
public sealed record MarkdownCellModel(RawHtml Content, string? Align, int ColSpan);
