using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Reports what a build did: its diagnostics, what it wrote and how long it took.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and line.</param>
/// <param name="Pages">The number of pages written.</param>
/// <param name="Files">The number of other files written or copied.</param>
/// <param name="Elapsed">The time the build took.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether the build succeeded (no errors) and the output was replaced.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Gets the number of data tables published.</summary>
    public int Tables { get; init; }

    /// <summary>Gets the number of charts drawn.</summary>
    public int Charts { get; init; }

    /// <summary>Gets the output files a build of <c>csa-site serve</c> (<see cref="BuildSession"/>) wrote or deleted, relative
    /// to the output folder; <see langword="null"/> when the build replaced the whole folder or was not published.</summary>
    public IReadOnlyList<string>? ChangedFiles { get; init; }

    /// <summary>Gets a value indicating whether a build of <c>csa-site serve</c> left the whole-plan page as the build
    /// before wrote it (<see cref="BuildSession.Build(bool)"/>): that page is out of date until the next build.</summary>
    public bool WholePlanDeferred { get; init; }

    /// <summary>Gets the number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Gets the number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
