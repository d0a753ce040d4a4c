using System.Diagnostics.CodeAnalysis;
using Csa.Site.Components;
using Csa.Site.Configuration;
using Csa.Site.Plan;
using Csa.Site.Tables;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides the plan's functions to pages and templates.</summary>
/// <remarks>Examples, with the default Lichfield plan:
/// <c>{{ plan_actions 'asb' }}</c> → "What we will do": the priority's actions with lead, timing and status (<c>components/plan-actions.html</c>);
/// <c>{{ plan_measures 'asb' }}</c> → "How we will know": each measure's baseline, and its latest value and change when there is one (<c>components/plan-measures.html</c>);
/// <c>{{ plan_overview }}</c> → every priority with its count of actions by status, linking down to its actions and measures (<c>components/plan-overview.html</c>).</remarks>
public sealed class PlanFunctions
{
    private readonly SitePlan _plan;
    private readonly SiteData _data;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> _downloads;
    private readonly BaseUrl _baseUrl;
    private readonly ComponentRenderer _components;

    /// <summary>Initializes a new instance of the <see cref="PlanFunctions"/> class.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="downloads">Each table's downloads by name.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="components">The theme's components.</param>
    public PlanFunctions(SitePlan plan, SiteData data, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> downloads, BaseUrl baseUrl, ComponentRenderer components)
    {
        _plan = plan;
        _data = data;
        _downloads = downloads;
        _baseUrl = baseUrl;
        _components = components;
    }

    /// <summary>Adds the functions to a script object.</summary>
    /// <param name="globals">The object to add them to.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    public void ImportInto(ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        globals.Import("plan_actions", new Func<string, RawHtml>(Actions));
        globals.Import("plan_measures", new Func<string, RawHtml>(Measures));
        globals.Import("plan_overview", new Func<RawHtml>(Overview));
    }

    private RawHtml Actions(string priority) =>
        Broken ? RawHtml.Empty : _components.Render(ComponentNames.PlanActions, PlanModelBuilder.Actions(_plan, Heading(priority), 2, "what-we-will-do", _baseUrl.Link));

    private RawHtml Measures(string priority) =>
        Broken ? RawHtml.Empty : _components.Render(ComponentNames.PlanMeasures, PlanModelBuilder.Measures(_plan, Heading(priority), 2, "how-we-will-know", _baseUrl.Link));

    private RawHtml Overview()
    {
        if (Broken)
        {
            return RawHtml.Empty;
        }

        Require();
        var downloads = new[] { _plan.ActionsTable, _plan.MeasuresTable }
            .Select(_data.Find).OfType<DataTable>()
            .Select(t => TableModelBuilder.Downloads(t, _downloads.GetValueOrDefault(t.Resource.Name) ?? [], _baseUrl.Link))
            .OfType<DownloadsModel>().ToList();
        return _components.Render(ComponentNames.PlanOverview, PlanModelBuilder.Overview(_plan, downloads, _baseUrl.Link));
    }

    // A plan that failed to load has had its errors reported; its pages print nothing more.
    private bool Broken => !_plan.Exists && _data.Package.Values.ContainsKey("plan");

    private void Require()
    {
        if (!_plan.Exists)
        {
            throw new DataReferenceException($"the site has no plan: name its tables in 'plan:' in {_data.Package.SitePath} (see \"The plan\" in docs/content-and-data.md)");
        }
    }

    private PlanHeading Heading(string priority)
    {
        Require();
        return _plan.Heading(priority) ?? throw new DataReferenceException($"the plan has no priority '{priority}'; its priorities and headings are: {string.Join(", ", _plan.Headings.Select(h => h.Id))}");
    }
}
