namespace Csa.Site.Charts;

/// <summary>Holds what one <c>chart</c> block asks for, as read from its YAML body and before it meets the data.</summary>
/// <remarks>Every default is documented where the setting is read (<see cref="ChartSpecReader"/>) and in docs/charts.md.</remarks>
public sealed record ChartSpec
{
    /// <summary>Gets the chart type.</summary>
    public required ChartType Type { get; init; }

    /// <summary>Gets the table name.</summary>
    public required string Table { get; init; }

    /// <summary>Gets the field that labels each category (the <c>x</c> field of a line chart).</summary>
    public required string Category { get; init; }

    /// <summary>Gets the value fields: one for ranked bars and part-to-whole, two for paired, one or more for lines.</summary>
    public required IReadOnlyList<ChartSeriesSpec> Series { get; init; }

    /// <summary>Gets the headline title: the chart's main message.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the statistical subtitle: measure, place and period.</summary>
    public required string Subtitle { get; init; }

    /// <summary>Gets the order of the categories; highest first for ranked bars, table order otherwise.</summary>
    public ChartSortOrder Sort { get; init; }

    /// <summary>Gets the number of categories drawn after sorting; all when <see langword="null"/>.</summary>
    public int? Top { get; init; }

    /// <summary>Gets the reference lines, in the order written.</summary>
    public IReadOnlyList<ChartReferenceSpec> References { get; init; } = [];

    /// <summary>Gets the categories drawn in the highlight colour with bold labels.</summary>
    public IReadOnlyList<string> Highlight { get; init; } = [];

    /// <summary>Gets the row filter: each field must have the given value, as written in the CSV.</summary>
    public IReadOnlyDictionary<string, string> Where { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the keys of the rows to draw, in order; all rows when <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Rows { get; init; }

    /// <summary>Gets the key of the one row a profile chart shows against all rows; <see langword="null"/> for other types.</summary>
    public string? Row { get; init; }

    /// <summary>Gets the figure's id as written; derived from the table and value when <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the plural name of the categories in the summary (e.g. <c>wards</c>); from the category field's title when <see langword="null"/>.</summary>
    public string? RowLabel { get; init; }

    /// <summary>Gets the 1-based line of each setting in the block's body.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>Returns the 1-based body line of a setting, or 0 (the fence) when it was not written.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The line.</returns>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 0;

    /// <summary>Gets the periods the chart compares or follows (<c>periods:</c>), or <see langword="null"/> for a chart of one period.</summary>
    public IReadOnlyList<string>? Periods { get; init; }

    /// <summary>Gets sentences added to the chart's summary, such as a change in how the figures are defined between the periods drawn.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
