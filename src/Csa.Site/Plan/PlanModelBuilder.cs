using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Statistics;
using Csa.Site.Tables;

namespace Csa.Site.Plan;

/// <summary>Builds the view models of the plan's components from the plan: what is missing is worded for residents, never left blank.</summary>
public static class PlanModelBuilder
{
    /// <summary>Gets the words printed where the partnership has not yet given a lead or dates.</summary>
    public const string ToBeAgreed = "to be agreed by the partnership";

    /// <summary>Gets the words printed for a baseline or target with no figure (a missing value such as <c>..</c>).</summary>
    public const string NotPublished = "not published yet";

    /// <summary>Gets the words printed where the source does not state a baseline's period.</summary>
    public const string PeriodNotStated = "period not stated";

    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Builds "What we will do" for one heading.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="heading">The heading.</param>
    /// <param name="level">The heading level (2 on a page of its own, 3 in the overview).</param>
    /// <param name="headingId">The heading's element id.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <returns>The view model.</returns>
    public static PlanActionsModel Actions(SitePlan plan, PlanHeading heading, int level, string headingId, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(link);
        var actions = plan.Actions.Where(a => a.Priority == heading.Id).Select(a => Action(plan, a)).ToList();
        return new PlanActionsModel(headingId, level, heading.Title, actions, link($"/data/{plan.ActionsTable}.csv")) { Period = plan.Period, Updated = Updated(plan) };
    }

    /// <summary>Builds "How we will know" for one heading.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="heading">The heading.</param>
    /// <param name="level">The heading level (2 on a page of its own, 3 in the overview).</param>
    /// <param name="headingId">The heading's element id.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <returns>The view model.</returns>
    public static PlanMeasuresModel Measures(SitePlan plan, PlanHeading heading, int level, string headingId, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(link);
        var measures = plan.Measures.Where(m => m.Priority == heading.Id).Select(m => Measure(m) with { Trend = PlanProgressBuilder.Trend(plan, m) }).ToList();
        return new PlanMeasuresModel(headingId, level, heading.Title, measures, link($"/data/{plan.MeasuresTable}.csv"));
    }

    /// <summary>Builds the overview: each heading's count of actions by status, and its actions and measures.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="downloads">The plan tables' download links.</param>
    /// <param name="link">Adds the base path to a site-relative URL.</param>
    /// <returns>The view model.</returns>
    public static PlanOverviewModel Overview(SitePlan plan, IReadOnlyList<DownloadsModel> downloads, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(link);
        var statuses = PlanStatus.All.Select(s => new PlanStatusModel(PlanStatus.Words(s), PlanStatus.Slug(s), PlanStatus.Icon(s))).ToList();
        var rows = plan.Headings
            .Where(h => plan.Actions.Any(a => a.Priority == h.Id) || plan.Measures.Any(m => m.Priority == h.Id))
            .Select(h => new PlanOverviewRowModel(
                "plan-" + h.Id,
                h.Title,
                h.Page is null ? null : link(h.Page),
                [.. PlanStatus.All.Select(s => plan.Actions.Count(a => a.Priority == h.Id && a.Status == s))],
                plan.Actions.Count(a => a.Priority == h.Id),
                Actions(plan, h, 3, $"plan-{h.Id}-actions", link),
                Measures(plan, h, 3, $"plan-{h.Id}-measures", link)))
            .ToList();
        return new PlanOverviewModel(statuses, rows, [.. PlanStatus.All.Select(s => plan.Actions.Count(a => a.Status == s))], plan.Actions.Count, downloads) { Period = plan.Period, Updated = Updated(plan) };
    }

    private static PlanActionModel Action(SitePlan plan, PlanAction action)
    {
        var timing = (action.Start, action.Due) switch
        {
            ({ } s, { } d) => $"{Date(s)} to {Date(d)}",
            ({ } s, null) => $"from {Date(s)}",
            (null, { } d) => $"by {Date(d)}",
            _ => null,
        };
        var measure = action.Measure is null ? null : plan.Measures.FirstOrDefault(m => m.Id == action.Measure)?.Title;
        return PlanProgressBuilder.WithProgress(plan, action, new PlanActionModel(
            action.Id,
            action.Text,
            action.Lead ?? ToBeAgreed,
            action.Lead is not null,
            action.Partners,
            timing ?? ToBeAgreed,
            timing is not null,
            PlanStatus.Words(action.Status),
            PlanStatus.Slug(action.Status),
            PlanStatus.Icon(action.Status),
            measure,
            action.Notes));
    }

    private static string? Updated(SitePlan plan) => plan.Updated is { } date ? Date(date) : null;

    private static PlanMeasureModel Measure(PlanMeasure measure)
    {
        string? change = null;
        string? onCourse = null;
        if (measure.Latest is { } latestText && Number(measure.Baseline) is { } baseline && Number(latestText) is { } latest)
        {
            var decimals = Math.Max(NumberFormat.DecimalsOf(measure.Baseline), NumberFormat.DecimalsOf(latestText));
            var difference = latest - baseline;
            var percent = baseline > 0 && latest >= 0 ? Changes.PercentChange(baseline, latest) : null;
            change = difference == 0
                ? "no change from the baseline"
                : $"{(difference > 0 ? "up" : "down")} {NumberFormat.Format(Math.Abs(difference), decimals)} from the baseline"
                  + (percent is { } p ? $" ({NumberFormat.Format(Math.Abs(p), 0)}% {(difference > 0 ? "higher" : "lower")})" : string.Empty);
            if (measure.Direction is { } wanted && difference != 0)
            {
                onCourse = (wanted == "increase") == (difference > 0) ? "This is the way the plan aims for." : "This is not yet the way the plan aims for.";
            }
        }

        var aim = measure.Direction is null ? null : $"an {measure.Direction}".Replace("an decrease", "a decrease", StringComparison.Ordinal)
            + (measure.Target is { } t ? $", to {Formatted(t)}" : string.Empty);
        return new PlanMeasureModel(
            measure.Title,
            measure.Unit,
            Formatted(measure.Baseline),
            measure.BaselinePeriod ?? PeriodNotStated,
            measure.Latest is null ? null : Formatted(measure.Latest),
            measure.LatestPeriod,
            change,
            aim,
            onCourse,
            measure.Notes);
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", _english);

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string Formatted(string text) => Number(text) is { } d ? NumberFormat.Format(d, NumberFormat.DecimalsOf(text)) : text.Length == 0 ? NotPublished : text;
}
