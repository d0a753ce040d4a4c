namespace Csa.Site.Components;

/// <summary>Feeds <c>components/markdown-table.html</c>: a pipe table written in a page's Markdown.</summary>
/// <param name="Label">The scrolling region's accessible name: <c>Table: </c> and the nearest heading above, or <c>Table</c>.</param>
/// <param name="Id">The table's id from a <c>{#id}</c> attribute; <see langword="null"/> for none.</param>
/// <param name="Classes">Classes from a <c>{.class}</c> attribute, space-separated; <see langword="null"/> for none.</param>
/// <param name="Head">The header rows.</param>
/// <param name="Body">The body rows.</param>
public sealed record MarkdownTableModel(string Label, string? Id, string? Classes, IReadOnlyList<MarkdownRowModel> Head, IReadOnlyList<MarkdownRowModel> Body);
