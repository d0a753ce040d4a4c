namespace Csa.Site.Components;

/// <summary>One source of a page's figures.</summary>
/// <param name="What">What was measured: the row's measure when the table has one, else the row's key and the table's title.</param>
/// <param name="Source">Where in the source document: the row's section and page when the table gives them, else the table's source.</param>
/// <param name="Url">The table on the data page (with the base path).</param>
/// <param name="Table">The table's title, the link's text.</param>
public sealed record FigureSourceModel(string What, string Source, string Url, string Table);
