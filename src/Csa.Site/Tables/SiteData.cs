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
    public bool IsBroken(string name) => LoadFailed || Broken.Contains(name.Replace('_', '-'));

    /// <summary>Gets a value indicating whether the descriptor itself failed, so no table could be loaded.</summary>
    public bool LoadFailed { get; init; }

    /// <summary>Finds a table by its name (<c>ward-offence-rates</c>) or script name (<c>ward_offence_rates</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public DataTable? Find(string name) => Tables.FirstOrDefault(t => t.Resource.Name == name || t.Resource.ScriptName == name);
}
