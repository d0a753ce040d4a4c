using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Release;

/// <summary>Checks the data descriptor: every table has a licence and a source (blocking); each measure listed under
/// <c>not_published</c> is named (a warning: only the partnership can publish its figures).</summary>
internal static class DataRule
{
    /// <summary>Reports tables without a licence or source, and measures not published.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, SiteData data, DiagnosticBag findings)
    {
        var descriptor = Path.Combine(options.Content, "data", DataPackage.FileName);
        if (!File.Exists(descriptor))
        {
            return;
        }

        var where = options.DisplayPath(descriptor);
        var package = data.Package;
        var packageLicence = HasItems(package.Values.GetValueOrDefault("licenses"));
        var packageSource = HasItems(package.Values.GetValueOrDefault("sources"));
        foreach (var resource in package.Resources)
        {
            if (!packageLicence && !HasItems(resource.Extra.GetValueOrDefault("licenses")))
            {
                findings.Error(where, resource.Line, 0, ReleaseCodes.DataRelease, $"table '{resource.Name}' has no licence: add 'licenses:' to the package (e.g. the Open Government Licence v3.0) or to the table");
            }

            if (!packageSource && resource.Sources.Count == 0)
            {
                findings.Error(where, resource.Line, 0, ReleaseCodes.DataRelease, $"table '{resource.Name}' has no source: add 'sources:' saying where its figures come from");
            }
        }

        PlanRule(data, where, findings);
        if (package.NotPublished.Count > 0)
        {
            // One warning for them all: the list can be long, and the data page already explains each one.
            var line = Array.FindIndex(File.ReadAllLines(descriptor), l => l.StartsWith("not_published:", StringComparison.Ordinal)) + 1;
            var titles = string.Join("; ", package.NotPublished.Select(m => m.GetValueOrDefault("title")?.ToString() ?? "(untitled)"));
            var count = package.NotPublished.Count;
            findings.Warning(where, line, 0, ReleaseCodes.DataRelease, $"{count} measure{(count == 1 ? " is" : "s are")} listed under not_published, so {(count == 1 ? "its figures are" : "their figures are")} not on the site (only the partnership can supply them): {titles}");
        }
    }

    // One warning for the whole plan at the actions table: each action without a lead or due date is something only
    // the partnership can supply, but publishing a plan whose actions are still proposed is not wrong.
    private static void PlanRule(SiteData data, string where, DiagnosticBag findings)
    {
        var plan = Plan.PlanReader.Read(data, where, new DiagnosticBag());
        var open = plan.Actions.Where(a => a.Lead is null || a.Due is null).ToList();
        if (open.Count == 0 || data.Find(plan.ActionsTable) is not { } table)
        {
            return;
        }

        var ids = string.Join(", ", open.Select(a => a.Id));
        findings.Warning(table.SitePath, open[0].Line, 0, ReleaseCodes.DataRelease, $"{open.Count} of the plan's {plan.Actions.Count} actions have no lead or no due date, which only the partnership can supply: {ids}");
    }

    private static bool HasItems(object? value) => value is System.Collections.IEnumerable items and not string && items.Cast<object?>().Any();
}
