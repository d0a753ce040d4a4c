using Csa.Site.Statistics;

namespace Csa.Site.Tables;

/// <summary>Says how to show a table in a page; every default shows the whole table as written.</summary>
public sealed record TableView
{
    /// <summary>Gets the fields to show, in order; all fields when <see langword="null"/>. The first is the row header.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Gets the keys of the rows to show, in order; all rows when <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Rows { get; init; }

    /// <summary>Gets the field to sort rows by; file order when <see langword="null"/>.</summary>
    public string? SortBy { get; init; }

    /// <summary>Gets a value indicating whether the sort is highest first.</summary>
    public bool Descending { get; init; }

    /// <summary>Gets the number of rows to show after sorting (top-N); all when <see langword="null"/>.</summary>
    public int? Limit { get; init; }

    /// <summary>Gets a value indicating whether numeric cells are banded against their column's mean and standard deviation.</summary>
    public bool Bands { get; init; }

    /// <summary>Gets how bands are computed: thresholds in SDs and sample or population SD.</summary>
    public BandOptions BandOptions { get; init; } = BandOptions.Default;

    /// <summary>Gets the caption; the table's title when <see langword="null"/>.</summary>
    public string? Caption { get; init; }

    /// <summary>Gets the label of the rows when banded (e.g. <c>wards</c>), used in the key; <c>rows</c> when <see langword="null"/>.</summary>
    public string? RowLabel { get; init; }

    /// <summary>Gets the link of each row's header cell, given the row's key (e.g. the page generated for that row);
    /// no links when <see langword="null"/> or when it returns <see langword="null"/>.</summary>
    public Func<string, string?>? RowLinks { get; init; }

    /// <summary>Gets the id of each body row, given the row's key (e.g. the data page's <see cref="RowAnchors"/>), so a link
    /// can land on the row; no ids when <see langword="null"/> or when it returns <see langword="null"/>.</summary>
    public Func<string, string?>? RowIds { get; init; }
}
