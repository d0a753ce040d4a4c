using System.Globalization;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Plan;

/// <summary>Reads the plan named by the descriptor's <c>plan:</c> section and checks its rows against the data and the plan's rules.</summary>
/// <remarks>Each broken rule is error CSA0405 at the CSV's line and column: an unknown priority, indicator or measure, a status
/// outside <see cref="PlanStatus.All"/>, a due date before the start date, a target without a direction.</remarks>
public static class PlanReader
{
    /// <summary>Gets the directions a measure may state.</summary>
    public static IReadOnlyList<string> Directions { get; } = ["increase", "decrease"];

    /// <summary>Reads and checks the plan; problems go to the bag.</summary>
    /// <param name="data">The loaded tables.</param>
    /// <param name="descriptorPath">The descriptor's path from the site root.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The plan; <see cref="SitePlan.None"/> when the descriptor names none or it cannot be read.</returns>
    public static SitePlan Read(SiteData data, string descriptorPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (data.Package.Values.GetValueOrDefault("plan") is not { } section)
        {
            return SitePlan.None;
        }

        var line = data.Package.PlanLine;
        void Fail(string message) => diagnostics.Error(descriptorPath, line, 1, DiagnosticCodes.BadPlanData, message);
        if (section is not IReadOnlyDictionary<string, object?> settings)
        {
            Fail("'plan:' must be a mapping such as {actions: plan-actions, measures: plan-measures, priorities: priorities, indicators: indicators}");
            return SitePlan.None;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "actions", "measures", "priorities", "indicators" })
        {
            if (settings.GetValueOrDefault(key) is string name && name.Length > 0)
            {
                names[key] = name;
            }
            else if (key is "actions" or "measures")
            {
                Fail($"'plan:' needs '{key}:', the name of the plan's {key} table");
            }
        }

        if (names.Values.Any(data.IsBroken))
        {
            return SitePlan.None;
        }

        DataTable? Table(string key)
        {
            if (!names.TryGetValue(key, out var name))
            {
                return null;
            }

            var table = data.Find(name);
            if (table is null)
            {
                Fail($"'plan: {{{key}: {name}}}' names no table; the tables are: {string.Join(", ", data.Tables.Select(t => t.Resource.Name))}");
            }

            return table;
        }

        var actions = Table("actions");
        var measures = Table("measures");
        var priorities = Table("priorities");
        var indicators = Table("indicators");
        var headings = Headings(settings.GetValueOrDefault("headings"), data.Package.PlanHeadingLines, priorities, Fail);
        if (actions is null || measures is null || diagnostics.HasErrors)
        {
            return SitePlan.None;
        }

        var missing = Missing(actions, ActionFields).Concat(Missing(measures, MeasureFields)).ToList();
        foreach (var (table, field) in missing)
        {
            diagnostics.Error(descriptorPath, table.Resource.Line, 1, DiagnosticCodes.BadPlanData, $"the plan's table '{table.Resource.Name}' needs a field '{field}' (see \"The plan\" in docs/content-and-data.md)");
        }

        if (missing.Count > 0)
        {
            return SitePlan.None;
        }

        var check = new PlanRowChecks(headings, indicators, diagnostics);
        var measureRows = check.Measures(measures);
        var actionRows = check.Actions(actions, measureRows);
        var plan = new SitePlan(headings, actionRows, measureRows, actions.Resource.Name, measures.Resource.Name);
        return Progress(plan, data.FindSeries(names["actions"]), data.FindSeries(names["measures"]), check);
    }

    // A plan whose tables hold several periods: the latest is the plan; each earlier one is checked too and kept to show what changed.
    private static SitePlan Progress(SitePlan plan, TableSeries? actions, TableSeries? measures, PlanRowChecks check)
    {
        if (actions is null)
        {
            return plan;
        }

        var earlier = new List<PlanProgress>();
        foreach (var period in actions.Periods.Take(actions.Periods.Count - 1))
        {
            var measureTable = measures?.Find(period.Period)?.Table;
            var measureRows = measureTable is null ? plan.Measures.ToList() : check.Measures(measureTable);
            earlier.Add(new PlanProgress(period.Period, check.Actions(period.Table, measureRows), measureRows));
        }

        return plan with { Earlier = earlier, Period = actions.Latest.Period, Updated = actions.Latest.Updated };
    }

    /// <summary>Gets the fields the actions table must have; <c>lead</c>, <c>partners</c>, <c>start</c>, <c>due</c>, <c>measure</c> and <c>notes</c> are optional.</summary>
    public static IReadOnlyList<string> ActionFields { get; } = ["id", "priority", "action", "status"];

    /// <summary>Gets the fields the measures table must have; <c>unit</c>, <c>baseline_period</c>, <c>latest</c>, <c>latest_period</c>, <c>direction</c>, <c>target</c> and <c>notes</c> are optional.</summary>
    public static IReadOnlyList<string> MeasureFields { get; } = ["id", "priority", "indicator", "measure", "baseline"];

    private static IEnumerable<(DataTable Table, string Field)> Missing(DataTable table, IReadOnlyList<string> fields) =>
        fields.Where(f => table.Resource.Schema.IndexOf(f) < 0).Select(f => (table, f));

    private static List<PlanHeading> Headings(object? listed, IReadOnlyList<int> lines, DataTable? priorities, Action<string> fail)
    {
        var titleIndex = priorities?.Resource.Schema.IndexOf("title") ?? -1;
        string? TitleOf(string id) => priorities?.Find(id) is { } row && titleIndex >= 0 ? row.Raw[titleIndex] : null;
        var headings = new List<PlanHeading>();
        foreach (var (entry, index) in (listed as IEnumerable<object?> ?? []).Select((e, i) => (e, i)))
        {
            if (entry is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("id") is not { } idValue)
            {
                fail("each entry of 'plan: headings:' needs an 'id' (a priority's key, or a heading of your own with a 'title')");
                continue;
            }

            var id = Convert.ToString(idValue, CultureInfo.InvariantCulture)!;
            var title = map.GetValueOrDefault("title") as string ?? TitleOf(id);
            if (title is null)
            {
                fail($"the plan heading '{id}' is not a row of the priorities table, so it needs a 'title'");
                continue;
            }

            headings.Add(new PlanHeading(id, title, map.GetValueOrDefault("page") as string) { Line = index < lines.Count ? lines[index] : 0 });
        }

        foreach (var row in priorities?.Rows ?? [])
        {
            var id = priorities!.KeyOf(row);
            if (headings.All(h => h.Id != id))
            {
                headings.Add(new PlanHeading(id, TitleOf(id) ?? id, null));
            }
        }

        return headings;
    }
}
