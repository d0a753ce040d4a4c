using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Plan;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: reads the plan the descriptor's <c>plan:</c> section names and checks its actions and measures against the data.</summary>
public static class LoadPlan
{
    /// <summary>Reads the plan; problems go to the bag.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The plan, or <see cref="SitePlan.None"/>.</returns>
    public static SitePlan Run(BuildOptions options, SiteData data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var descriptor = options.DisplayPath(Path.Combine(options.Content, ContentFiles.DataFolder, DataPackage.FileName));
        return PlanReader.Read(data, descriptor, diagnostics);
    }
}
