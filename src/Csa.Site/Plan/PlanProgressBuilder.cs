using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Tables;

namespace Csa.Site.Plan;

/// <summary>Works out what changed in a plan of several periods: each action's status against the period before, and
/// each measure's figures over time.</summary>
public static class PlanProgressBuilder
{
    /// <summary>The width of a trend drawing in SVG units.</summary>
    public const int TrendWidth = 160;

    /// <summary>The height of a trend drawing in SVG units.</summary>
    public const int TrendHeight = 40;

    private const double Pad = 5;

    /// <summary>Adds to an action's model how it changed since the period before, when the plan has one.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="action">The action, in the latest period.</param>
    /// <param name="model">Its model.</param>
    /// <returns>The model with <c>BeforePeriod</c> and the change set.</returns>
    public static PlanActionModel WithProgress(SitePlan plan, PlanAction action, PlanActionModel model)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(model);
        if (plan.Earlier.Count == 0)
        {
            return model;
        }

        var before = plan.Earlier[^1];
        var was = before.Actions.FirstOrDefault(a => a.Id == action.Id);
        return was switch
        {
            null => model with { BeforePeriod = before.Period, Progress = $"new in {plan.Period}" },
            _ when was.Status == action.Status => model with { BeforePeriod = before.Period, Progress = "no change" },
            _ => model with
            {
                BeforePeriod = before.Period,
                Progress = "moved from",
                ProgressStatus = PlanStatus.Words(was.Status),
                ProgressIcon = PlanStatus.Icon(was.Status),
            },
        };
    }

    /// <summary>Builds a measure's trend: its baseline and each later figure the plan's periods give, when there are three
    /// or more, so that there is a trend to draw.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="measure">The measure, in the latest period.</param>
    /// <returns>The trend, or <see langword="null"/>.</returns>
    public static PlanTrendModel? Trend(SitePlan plan, PlanMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(measure);
        var figures = new List<(string Period, string Text)> { (measure.BaselinePeriod ?? PlanModelBuilder.PeriodNotStated, measure.Baseline) };
        foreach (var m in plan.Earlier.Select(p => p.Measures.FirstOrDefault(x => x.Id == measure.Id)).Append(measure))
        {
            if (m?.Latest is { } latest && m.LatestPeriod is { } period && figures.All(f => f.Period != period))
            {
                figures.Add((period, latest));
            }
        }

        var numbers = figures.Select(f => Number(f.Text)).ToList();
        if (figures.Count < 3 || numbers.Any(n => n is null))
        {
            return null;
        }

        var (min, max) = (numbers.Min()!.Value, numbers.Max()!.Value);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var points = figures.Select((f, i) =>
        {
            var x = Pad + (i * (TrendWidth - (2 * Pad)) / (figures.Count - 1));
            var y = max == min ? TrendHeight / 2.0 : Pad + ((max - numbers[i]!.Value) * (TrendHeight - (2 * Pad)) / (max - min));
            return new PlanTrendPointModel(f.Period, NumberFormat.Format(numbers[i]!.Value, NumberFormat.DecimalsOf(f.Text)), F(x), F(y));
        }).ToList();
        var words = points.Select(p => $"{p.Value} in {p.Period}").ToList();
        var summary = string.Join(", ", words[..^1]) + " and " + words[^1];
        return new PlanTrendModel(points, string.Join(' ', points.Select(p => $"{p.X},{p.Y}")), TrendWidth, TrendHeight, summary);
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
}
