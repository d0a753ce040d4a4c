namespace Csa.Site.Components;

/// <summary>Feeds <c>components/finder.html</c>: a short list of a table's rows, each linking to its page with one line
/// about where that row stands out, and a filter box that the theme's script shows and drives.</summary>
/// <param name="Id">The list's id, unique on its page; the box is <c>ID-input</c>, the list <c>ID-list</c>.</param>
/// <param name="Label">The filter box's label, e.g. <c>Type part of your ward's name</c>.</param>
/// <param name="RowLabel">What the rows are, plural, e.g. <c>wards</c>; the script's count says it.</param>
/// <param name="Script">The URL of the script that filters the list (with the base path).</param>
/// <param name="Items">The rows, A to Z.</param>
public sealed record FinderModel(string Id, string Label, string RowLabel, string Script, IReadOnlyList<FinderItemModel> Items);
