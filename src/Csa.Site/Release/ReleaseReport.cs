using Csa.Site.Checks;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Reports whether a site can go live: blocking problems (errors), warnings and the deadline.</summary>
/// <param name="Date">The day the check was made as of.</param>
/// <param name="PublishBy">The deadline from <c>site.yml</c>, if set.</param>
/// <param name="Findings">Every problem, errors and warnings, ordered by file and line.</param>
/// <param name="External">The external links, checked or only listed.</param>
/// <param name="Pages">The number of built pages read.</param>
public sealed record ReleaseReport(DateOnly Date, DateOnly? PublishBy, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<ExternalLink> External, int Pages)
{
    /// <summary>Gets the number of blocking problems.</summary>
    public int Blocking => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Gets the number of warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>Gets a value indicating whether the site can go live: no blocking problem.</summary>
    public bool Ready => Blocking == 0;

    /// <summary>Gets the days from <see cref="Date"/> to the deadline (negative once it has passed), or <see langword="null"/> without one.</summary>
    public int? DaysLeft => PublishBy is { } by ? by.DayNumber - Date.DayNumber : null;
}
