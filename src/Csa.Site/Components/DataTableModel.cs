namespace Csa.Site.Components;

/// <summary>Feeds <c>components/table.html</c>: a data table with its caption, header, rows, band footer, key and downloads.</summary>
/// <param name="Id">The table's id, unique on its page; the caption's id is <c>ID-caption</c>.</param>
/// <param name="Caption">The caption.</param>
/// <param name="CaptionMeta">The unit and period shown after the caption, e.g. <c>offences per 1,000 population, 2018-19</c>; <see langword="null"/> when neither is known.</param>
/// <param name="Columns">The column headers, in order; the first column holds the row headers.</param>
/// <param name="Rows">The body rows.</param>
/// <param name="Footer">The band rows (average and thresholds); empty without bands.</param>
/// <param name="Key">What the markers and codes in the table mean.</param>
/// <param name="Downloads">The table's downloads; <see langword="null"/> for none.</param>
public sealed record DataTableModel(
    string Id,
    string Caption,
    string? CaptionMeta,
    IReadOnlyList<TableColumnModel> Columns,
    IReadOnlyList<TableRowModel> Rows,
    IReadOnlyList<TableRowModel> Footer,
    BandKeyModel Key,
    DownloadsModel? Downloads);
