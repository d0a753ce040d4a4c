namespace Csa.Site.Charts;

/// <summary>Lists the names a <c>chart</c> block is written with: its info string, settings, types and reference keywords.</summary>
public static class ChartKeys
{
    /// <summary>Gets the info string of a fenced block that declares a chart.</summary>
    public const string InfoString = "chart";

    /// <summary>Gets the setting naming the chart type.</summary>
    public const string Type = "type";

    /// <summary>Gets the setting naming the table.</summary>
    public const string Table = "table";

    /// <summary>Gets the setting naming the field that labels each bar or segment.</summary>
    public const string Category = "category";

    /// <summary>Gets the setting naming the field along the x axis of a line chart.</summary>
    public const string X = "x";

    /// <summary>Gets the setting naming the one value field.</summary>
    public const string Value = "value";

    /// <summary>Gets the setting listing several value fields (paired and line charts).</summary>
    public const string Values = "values";

    /// <summary>Gets the setting holding the headline title: the chart's main message.</summary>
    public const string Title = "title";

    /// <summary>Gets the setting holding the statistical subtitle: measure, place and period.</summary>
    public const string Subtitle = "subtitle";

    /// <summary>Gets the setting ordering the categories.</summary>
    public const string Sort = "sort";

    /// <summary>Gets the setting keeping only the first N categories after sorting.</summary>
    public const string Top = "top";

    /// <summary>Gets the setting listing reference lines.</summary>
    public const string Reference = "reference";

    /// <summary>Gets the setting listing categories to highlight.</summary>
    public const string Highlight = "highlight";

    /// <summary>Gets the setting keeping only rows whose fields have the given values.</summary>
    public const string Where = "where";

    /// <summary>Gets the setting keeping only the rows with the given keys, in that order.</summary>
    public const string Rows = "rows";

    /// <summary>Gets the setting naming the one row a profile chart shows (its key).</summary>
    public const string Row = "row";

    /// <summary>The periods a chart compares (<c>paired</c>: two) or follows (<c>line</c>: two or more, or <c>all</c>), for a table of several periods.</summary>
    public const string Periods = "periods";

    /// <summary>Gets the setting giving the figure's id.</summary>
    public const string Id = "id";

    /// <summary>Gets the setting naming the categories in the summary (e.g. <c>wards</c>).</summary>
    public const string RowLabel = "row_label";

    /// <summary>Gets the key of a value or comparator's label inside a mapping.</summary>
    public const string Label = "label";

    /// <summary>Gets the key of a value's field inside a mapping.</summary>
    public const string Field = "field";

    /// <summary>Gets the reference keyword for the mean.</summary>
    public const string Mean = "mean";

    /// <summary>Gets the reference keyword for the "above average" threshold.</summary>
    public const string PlusOneSd = "+1sd";

    /// <summary>Gets the reference keyword for the "well above average" threshold.</summary>
    public const string PlusTwoSd = "+2sd";

    /// <summary>Gets the sort keywords.</summary>
    public static IReadOnlyDictionary<string, ChartSortOrder> SortOrders { get; } = new Dictionary<string, ChartSortOrder>(StringComparer.Ordinal)
    {
        ["descending"] = ChartSortOrder.Descending,
        ["ascending"] = ChartSortOrder.Ascending,
        ["none"] = ChartSortOrder.None,
    };

    /// <summary>Gets the chart type names, as written in <c>type:</c>.</summary>
    public static IReadOnlyDictionary<string, ChartType> Types { get; } = new Dictionary<string, ChartType>(StringComparer.Ordinal)
    {
        ["ranked-bars"] = ChartType.RankedBars,
        ["paired"] = ChartType.Paired,
        ["part-to-whole"] = ChartType.PartToWhole,
        ["line"] = ChartType.Line,
        ["profile"] = ChartType.Profile,
    };

    /// <summary>Returns the name of a chart type as written in <c>type:</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>e.g. <c>ranked-bars</c>.</returns>
    public static string NameOf(ChartType type) => Types.First(kv => kv.Value == type).Key;

    /// <summary>Returns the settings a chart type accepts.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The setting names.</returns>
    public static IReadOnlyList<string> SettingsOf(ChartType type) => type switch
    {
        ChartType.RankedBars => [Type, Table, Category, Value, Title, Subtitle, Sort, Top, Reference, Highlight, Where, Rows, Id, RowLabel],
        ChartType.Paired => [Type, Table, Category, Values, Title, Subtitle, Sort, Top, Highlight, Where, Rows, Id, RowLabel, Periods, Value],
        ChartType.PartToWhole => [Type, Table, Category, Value, Title, Subtitle, Sort, Where, Rows, Id, RowLabel],
        ChartType.Profile => [Type, Table, Category, Row, Values, Title, Subtitle, Id, RowLabel],
        _ => [Type, Table, X, Value, Values, Title, Subtitle, Reference, Where, Rows, Id, RowLabel, Periods],
    };
}
