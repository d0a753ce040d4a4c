namespace Csa.Site.Tables;

/// <summary>Holds the data descriptor (<c>content/data/datapackage.yml</c>): the package metadata and every table's descriptor.</summary>
/// <param name="Name">The package name.</param>
/// <param name="Title">The package title.</param>
/// <param name="Description">The package description.</param>
/// <param name="Resources">The tables.</param>
/// <param name="NotPublished">Measures the source mentions without publishing figures.</param>
/// <param name="Values">Every top-level key as written (licenses, sources, keywords and any other), for templates and <c>datapackage.json</c>.</param>
public sealed record DataPackage(
    string Name,
    string Title,
    string? Description,
    IReadOnlyList<TableResource> Resources,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> NotPublished,
    IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>Gets the descriptor's file name inside the data folder.</summary>
    public const string FileName = "datapackage.yml";

    /// <summary>Gets the 1-based line of the descriptor's <c>plan:</c> key, or 0 when it has none.</summary>
    public int PlanLine { get; init; }

    /// <summary>Gets the 1-based line of each entry of <c>plan: headings:</c>, in order.</summary>
    public IReadOnlyList<int> PlanHeadingLines { get; init; } = [];

    /// <summary>Gets the descriptor's path as reports show it, e.g. <c>riverside/data/datapackage.yml</c>.</summary>
    public string SitePath { get; init; } = "content/data/" + FileName;

    /// <summary>Gets an empty package, used when a site has no data folder.</summary>
    public static DataPackage Empty { get; } = new("data", "Data", null, [], [], new Dictionary<string, object?>());
}
