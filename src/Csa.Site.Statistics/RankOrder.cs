namespace Csa.Site.Statistics;

/// <summary>
/// Chooses which end of the values gets rank 1.
/// </summary>
public enum RankOrder
{
    /// <summary>Gives the highest value rank 1 (for example, "the highest rate in the district"). The default.</summary>
    Descending,

    /// <summary>Gives the lowest value rank 1.</summary>
    Ascending,
}
