namespace Csa.Site.Plan;

/// <summary>Holds the site's Community Safety Plan: its headings, actions and measures, validated against the data.</summary>
/// <param name="Headings">The priorities and other headings, in the order the overview lists them.</param>
/// <param name="Actions">The actions, in table order.</param>
/// <param name="Measures">The measures, in table order.</param>
/// <param name="ActionsTable">The name of the actions table.</param>
/// <param name="MeasuresTable">The name of the measures table.</param>
public sealed record SitePlan(IReadOnlyList<PlanHeading> Headings, IReadOnlyList<PlanAction> Actions, IReadOnlyList<PlanMeasure> Measures, string ActionsTable, string MeasuresTable)
{
    /// <summary>Gets the plan of a site whose descriptor has no <c>plan:</c> section.</summary>
    public static SitePlan None { get; } = new([], [], [], string.Empty, string.Empty);

    /// <summary>Gets a value indicating whether the site has a plan.</summary>
    public bool Exists => ActionsTable.Length > 0;

    /// <summary>Finds a heading by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The heading, or <see langword="null"/>.</returns>
    public PlanHeading? Heading(string id) => Headings.FirstOrDefault(h => h.Id == id);

    /// <summary>Gets the earlier periods of a plan whose tables hold several periods, earliest first; empty otherwise.
    /// The plan's <see cref="Actions"/> and <see cref="Measures"/> are its latest period.</summary>
    public IReadOnlyList<PlanProgress> Earlier { get; init; } = [];

    /// <summary>Gets the latest period of a plan whose actions table holds several periods, or <see langword="null"/>.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the date the latest period's actions were updated (<c>updated:</c> on the actions table's period), if given.</summary>
    public DateOnly? Updated { get; init; }
}
