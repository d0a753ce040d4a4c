namespace Csa.Site.Tables;

/// <summary>Holds a table that covers several periods: one <see cref="DataTable"/> per period, earliest first.</summary>
/// <param name="Name">The table's name in the descriptor (<c>ward-offence-rates</c>).</param>
/// <param name="Resource">The descriptor entry.</param>
/// <param name="Periods">The periods, earliest first, each with its rows.</param>
public sealed record TableSeries(string Name, TableResource Resource, IReadOnlyList<TablePeriod> Periods)
{
    /// <summary>Gets the latest period.</summary>
    public TablePeriod Latest => Periods[^1];

    /// <summary>Finds a period by its name as written or its slug (<c>2019-20</c>, <c>2019/20</c>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period, or <see langword="null"/>.</returns>
    public TablePeriod? Find(string period) =>
        Periods.FirstOrDefault(p => p.Period == period) ?? Periods.FirstOrDefault(p => p.Slug == Content.PageUrls.Slug(period));

    /// <summary>Returns the period before the one given, or <see langword="null"/> for the first.</summary>
    /// <param name="period">A period of this table.</param>
    /// <returns>The earlier period.</returns>
    public TablePeriod? Before(TablePeriod period)
    {
        var index = Periods.ToList().IndexOf(period);
        return index > 0 ? Periods[index - 1] : null;
    }

    /// <summary>Returns the notes on changed definitions that apply when comparing two periods: those of every period
    /// after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    /// <param name="from">The earlier period.</param>
    /// <param name="to">The later period.</param>
    /// <returns>Each note with its period, earliest first.</returns>
    public IReadOnlyList<TablePeriod> DefinitionChanges(TablePeriod from, TablePeriod to)
    {
        var list = Periods.ToList();
        var (a, b) = (list.IndexOf(from), list.IndexOf(to));
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return [.. list.Where((p, i) => i > lo && i <= hi && p.Definition is not null)];
    }

    /// <summary>Gets the periods as words for messages: <c>2019-20, 2020-21</c>.</summary>
    public string Names => string.Join(", ", Periods.Select(p => p.Period));
}
