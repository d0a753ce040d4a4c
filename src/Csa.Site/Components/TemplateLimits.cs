using Scriban;

namespace Csa.Site.Components;

/// <summary>Lists the limits every Scriban render runs under, so a runaway template stops with an error at its line
/// instead of hanging the build or silently cutting its output short.</summary>
/// <remarks>Hitting a limit is reported as CSA0203 at the template's file and line.</remarks>
public static class TemplateLimits
{
    /// <summary>The most loop iterations one render may run (each outermost loop and the loops nested in it share the budget).</summary>
    public const int LoopIterations = 100_000;

    /// <summary>The deepest nesting of function calls and includes, e.g. a function or partial that calls itself.</summary>
    public const int RecursionDepth = 64;

    /// <summary>The most UTF-16 characters one render may write or one value may turn into; beyond it the render fails
    /// (Scriban's own default, 1,048,576, cut long pages short without a word).</summary>
    public const int OutputCharacters = 256 * 1024 * 1024;

    /// <summary>Sets every limit on a context: loops, recursion, and output and string length (which fail rather than cut).</summary>
    /// <param name="context">The context about to render.</param>
    public static void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.LoopLimit = LoopIterations;
        context.LoopLimitQueryable = LoopIterations;
        context.RecursiveLimit = RecursionDepth;

        // Scriban truncates a long value or output with "..." by default; a page must be whole or fail.
        context.LimitToString = OutputCharacters;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = OutputCharacters;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
    }
}
