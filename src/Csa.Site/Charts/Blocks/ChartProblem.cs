namespace Csa.Site.Charts;

/// <summary>Describes one problem with a chart block, at a line of its YAML body.</summary>
/// <param name="Line">The 1-based line in the block's body (1 is the line after the opening fence), or 0 for the fence itself.</param>
/// <param name="Code">The diagnostic code.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record ChartProblem(int Line, string Code, string Message);
