namespace Csa.Site.Tables;

/// <summary>Describes one published table: its metadata and schema, as a Frictionless Tabular Data Resource.</summary>
/// <param name="Name">The table name, lower-case with hyphens; also the stem of its CSV and download files.</param>
/// <param name="Path">The CSV file, relative to the data folder.</param>
/// <param name="Title">The title, used as the table caption.</param>
/// <param name="Description">A plain-English description.</param>
/// <param name="Period">The period the figures cover, in words (e.g. <c>2018-19</c>).</param>
/// <param name="Unit">The unit of the table's figures, in words.</param>
/// <param name="Sources">Where the figures come from.</param>
/// <param name="Notes">Notes and caveats, if any.</param>
/// <param name="Schema">The columns, key and missing-value markers.</param>
/// <param name="Line">The 1-based line of the resource in the descriptor.</param>
/// <param name="Extra">Every other key of the resource as written, for templates and <c>datapackage.json</c>.</param>
public sealed record TableResource(
    string Name,
    string Path,
    string Title,
    string? Description,
    string? Period,
    string? Unit,
    IReadOnlyList<string> Sources,
    string? Notes,
    TableSchema Schema,
    int Line,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>Gets the name usable as a Scriban identifier: hyphens become underscores (<c>ward_offence_rates</c>).</summary>
    public string ScriptName => Name.Replace('-', '_');

    /// <summary>Gets the periods of a table that holds several (<c>periods:</c>), in order from earliest to latest; empty
    /// for a table of one period.</summary>
    public IReadOnlyList<TablePeriodEntry> Periods { get; init; } = [];

    /// <summary>Gets the field that holds each row's period (<c>period_field:</c>), or <see langword="null"/> when each
    /// period has its own file or the table has one period.</summary>
    public string? PeriodField { get; init; }
}
