namespace Csa.Site.Cli;

/// <summary>Names the exit codes of <c>csa-site</c>.</summary>
public enum ExitCode
{
    /// <summary>The command succeeded.</summary>
    Success = 0,

    /// <summary>The build or check found errors in the site's input (or warnings, with <c>--warnings-as-errors</c>).</summary>
    SiteErrors = 1,

    /// <summary>The command line was not understood.</summary>
    UsageError = 2,

    /// <summary>The tool itself failed unexpectedly.</summary>
    InternalError = 3,
}
