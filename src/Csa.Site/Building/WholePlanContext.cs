using Csa.Site.Components;
using Csa.Site.Configuration;
using Csa.Site.Narrative;
using Csa.Site.Output;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>What <see cref="WriteWholePlan"/> shares with every page it writes.</summary>
/// <param name="Theme">The parsed theme.</param>
/// <param name="Runner">The template runner.</param>
/// <param name="Model">The template model; <c>site.whole_plan</c> is set on its <c>site</c> object.</param>
/// <param name="Narrative">The Markdown renderer that parsed the pages.</param>
/// <param name="Components">The theme's components (<c>print-document</c>).</param>
/// <param name="BaseUrl">Where the site is published.</param>
/// <param name="Staging">The folder being written.</param>
/// <param name="SettingsPath">The site's <c>site.yml</c> as shown in diagnostics.</param>
public sealed record WholePlanContext(ThemeTemplates Theme, TemplateRunner Runner, TemplateModel Model, NarrativeRenderer Narrative, ComponentRenderer Components, BaseUrl BaseUrl, StagingFolder Staging, string SettingsPath)
{
    /// <summary>Gets where the pages' bodies rewritten for the document are kept between builds (<c>csa-site serve</c>); none when <see langword="null"/>.</summary>
    public Printing.PrintPartCache? PrintParts { get; init; }
}
