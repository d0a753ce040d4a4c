namespace Csa.Site.Tables;

/// <summary>Holds a loaded, validated table: its descriptor and rows, with rows indexed by primary key.</summary>
public sealed class DataTable
{
    private readonly Dictionary<string, DataRow> _byKey;
    private readonly Dictionary<DataRow, int> _index;

    /// <summary>Initializes a new instance of the <see cref="DataTable"/> class.</summary>
    /// <param name="resource">The descriptor.</param>
    /// <param name="rows">The rows, in file order, with unique keys.</param>
    /// <param name="sitePath">The CSV's path from the site root, for diagnostics.</param>
    /// <param name="csvText">The CSV text, with LF line endings, as published for download.</param>
    public DataTable(TableResource resource, IReadOnlyList<DataRow> rows, string sitePath, string csvText)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(rows);
        Resource = resource;
        Rows = rows;
        SitePath = sitePath;
        CsvText = csvText;
        _byKey = new Dictionary<string, DataRow>(StringComparer.Ordinal);
        _index = new Dictionary<DataRow, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Count; i++)
        {
            _byKey.TryAdd(KeyOf(rows[i]), rows[i]);
            _index[rows[i]] = i;
        }
    }

    /// <summary>Gets the descriptor.</summary>
    public TableResource Resource { get; }

    /// <summary>Gets the rows in file order.</summary>
    public IReadOnlyList<DataRow> Rows { get; }

    /// <summary>Gets the CSV's path from the site root.</summary>
    public string SitePath { get; }

    /// <summary>Gets the CSV text with LF line endings, exactly as validated; it is what the CSV download contains.</summary>
    public string CsvText { get; }

    /// <summary>Returns a row's key: its primary-key cells as written, joined with <c>|</c> when there are several.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The key.</returns>
    public string KeyOf(DataRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join('|', Resource.Schema.PrimaryKey.Select(k => row.Raw[Resource.Schema.IndexOf(k)]));
    }

    /// <summary>Returns the position of a row of this table, from 0.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(DataRow row) => _index.GetValueOrDefault(row, -1);

    /// <summary>Gets, for a table split from one with a period column, each field's position in the CSV file (the period
    /// column is not a field of the split table); <see langword="null"/> when fields are in file order.</summary>
    public IReadOnlyList<int>? SourceIndexes { get; init; }

    /// <summary>Returns a field's position in the CSV file, for diagnostics that name a column.</summary>
    /// <param name="index">The field's index in this table's schema.</param>
    /// <returns>Its index among the CSV's columns.</returns>
    public int SourceIndex(int index) => SourceIndexes is { } map && index >= 0 && index < map.Count ? map[index] : index;

    /// <summary>Finds a row by key.</summary>
    /// <param name="key">The key, as <see cref="KeyOf"/> makes it.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public DataRow? Find(string key) => _byKey.GetValueOrDefault(key);
}
