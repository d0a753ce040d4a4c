using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Checks the publishing deadline, <c>publish_by:</c> in <c>site.yml</c>: set, a date, not passed.</summary>
internal static class DeadlineRule
{
    /// <summary>Reports a missing, unreadable or passed deadline.</summary>
    /// <param name="settings">The release settings.</param>
    /// <param name="date">The day the site would go live.</param>
    /// <param name="siteYml">The display path of <c>site.yml</c>.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseSettings settings, DateOnly date, string siteYml, DiagnosticBag findings)
    {
        var line = settings.Config.KeyLines.GetValueOrDefault("publish_by");
        if (settings.PublishByText is null)
        {
            findings.Warning(siteYml, 0, 0, ReleaseCodes.PublishDeadline, "no publishing deadline: add 'publish_by: YYYY-MM-DD', the day the site must be live, so this check can count the days left");
        }
        else if (settings.PublishBy is not { } by)
        {
            findings.Error(siteYml, line, 0, ReleaseCodes.PublishDeadline, $"publish_by: '{settings.PublishByText}' is not a date written YYYY-MM-DD");
        }
        else if (by < date)
        {
            var days = date.DayNumber - by.DayNumber;
            findings.Warning(siteYml, line, 0, ReleaseCodes.PublishDeadline, $"the deadline publish_by: {by:yyyy-MM-dd} passed {days} day{(days == 1 ? string.Empty : "s")} ago");
        }
    }
}
