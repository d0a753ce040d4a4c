namespace Csa.Site.Tables;

/// <summary>Holds every loaded table of a site, by name, with the descriptor they came from.</summary>
/// <param name="Package">The descriptor.</param>
/// <param name="Tables">The tables, in descriptor order.</param>
public sealed record SiteData(DataPackage Package, IReadOnlyList<DataTable> Tables)
{
    /// <summary>Gets the names of described tables that failed to load; their errors are already reported, so
    /// references to them are not reported again.</summary>
    public IReadOnlySet<string> Broken { get; init; } = new HashSet<string>();

    /// <summary>Gets a site with no data.</summary>
    public static SiteData Empty { get; } = new(DataPackage.Empty, []);

    /// <summary>Returns whether a name is a described table that failed to load.</summary>
    /// <param name="name">The name (<c>ward-offence-rates</c> or <c>ward_offence_rates</c>).</param>
    /// <returns><see langword="true"/> when its errors were reported already.</returns>
    public bool IsBroken(string name) => LoadFailed || Broken.Contains(BaseName(name).Replace('_', '-'));

    /// <summary>Gets the tables that hold several periods, by name (<c>periods:</c> in the descriptor).</summary>
    public IReadOnlyDictionary<string, TableSeries> Series { get; init; } = new Dictionary<string, TableSeries>(StringComparer.Ordinal);

    /// <summary>Finds a table of several periods by its name or script name.</summary>
    /// <param name="name">The name, with or without <c>@PERIOD</c>.</param>
    /// <returns>The series, or <see langword="null"/>.</returns>
    public TableSeries? FindSeries(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Series.GetValueOrDefault(BaseName(name).Replace('_', '-'));
    }

    /// <summary>Gets a value indicating whether the descriptor itself failed, so no table could be loaded.</summary>
    public bool LoadFailed { get; init; }

    /// <summary>Finds a table by its name (<c>ward-offence-rates</c>) or script name (<c>ward_offence_rates</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    /// <remarks>A table of several periods is found by its name with the period after <c>@</c>
    /// (<c>ward-offence-rates@2019-20</c>); its name alone finds its latest period.</remarks>
    public DataTable? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (FindSeries(name) is { } series)
        {
            var at = name.IndexOf('@', StringComparison.Ordinal);
            return at < 0 ? series.Latest.Table : series.Find(name[(at + 1)..])?.Table;
        }

        return Tables.FirstOrDefault(t => t.Resource.Name == name || t.Resource.ScriptName == name);
    }

    private static string BaseName(string name)
    {
        var at = name.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? name : name[..at];
    }
}
