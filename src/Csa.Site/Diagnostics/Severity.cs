namespace Csa.Site.Diagnostics;

/// <summary>Grades how serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Marks a problem the build survives; the option <c>--warnings-as-errors</c> makes it fail.</summary>
    Warning,

    /// <summary>Marks a problem that fails the build and leaves the previous output untouched.</summary>
    Error,
}
