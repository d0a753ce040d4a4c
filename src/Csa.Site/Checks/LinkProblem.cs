using System.Globalization;
using Csa.Site.Diagnostics;

namespace Csa.Site.Checks;

/// <summary>Describes one problem the checker found on one page of a built site.</summary>
/// <param name="Code">The stable code from <see cref="DiagnosticCodes"/>, e.g. <c>CSA0302</c>.</param>
/// <param name="Page">The page (or file) the problem is on, relative to the output folder, e.g. <c>about/index.html</c>.</param>
/// <param name="Line">The 1-based line of the element in that output file, or 0 when unknown.</param>
/// <param name="Element">The element and attribute, e.g. <c>a href</c> or <c>img srcset</c>; empty for a problem of the whole page.</param>
/// <param name="Link">The link as written in the page, or the id or URL concerned; empty when none.</param>
/// <param name="Message">What is wrong, in plain words, naming the link and element.</param>
public sealed record LinkProblem(string Code, string Page, int Line, string Element, string Link, string Message)
{
    /// <summary>Gets the content or theme file that produced the page, relative to the site root; known only when checked by the build.</summary>
    public string? Source { get; init; }

    /// <summary>Turns the problem into a build error: at the source file when known, else at the output page and line.</summary>
    /// <param name="displayRoot">How the output folder is shown, e.g. <c>output</c>.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic(string displayRoot)
    {
        var page = DisplayPage(displayRoot);
        if (Source is null)
        {
            return new Diagnostic(page, Line, 0, Code, Severity.Error, Message);
        }

        // The source line is unknown after rendering: point at the source file and name the output page and line.
        var where = Line > 0 ? page + ":" + Line.ToString(CultureInfo.InvariantCulture) : page;
        return new Diagnostic(Source, 0, 0, Code, Severity.Error, $"{where}: {Message}");
    }

    /// <summary>Returns the page as shown in reports: the output folder, a slash and the page path.</summary>
    /// <param name="displayRoot">How the output folder is shown, e.g. <c>output</c>.</param>
    /// <returns>E.g. <c>output/about/index.html</c>.</returns>
    public string DisplayPage(string displayRoot) =>
        string.IsNullOrEmpty(displayRoot) ? Page : displayRoot.TrimEnd('/') + "/" + Page;
}
