namespace Csa.Site.Components;

/// <summary>One source of a page's figures: a table row, or a whole table.</summary>
/// <param name="What">What was printed, the link's text: the row's measure and area when the table has them (<c>ASB rate, Lichfield</c>),
/// else the row's title or key and the table's title (<c>Stowe in “Offence rates per 1,000 population by ward”</c>), or
/// for a whole table <c>All 22 wards of “Offence rates per 1,000 population by ward”</c>.</param>
/// <param name="Source">Where in the source document: the row's section and page when the table gives them, else the first
/// sentence of the table's source, else of the package's; <see langword="null"/> when neither names one.</param>
/// <param name="Url">The row on the data page (<c>/data/#TABLE-ROWKEY</c>), or the table (<c>/data/#TABLE</c>), with the base path.</param>
/// <param name="Table">The table's title.</param>
public sealed record FigureSourceModel(string What, string? Source, string Url, string Table);
