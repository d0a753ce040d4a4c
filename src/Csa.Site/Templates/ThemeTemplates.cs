using Csa.Site.Diagnostics;
using Scriban;

namespace Csa.Site.Templates;

/// <summary>Holds a theme's layouts and partials, each parsed once and shared by every page.</summary>
/// <remarks>Layouts are <c>layouts/NAME.html</c>; partials are <c>layouts/partials/NAME.html</c>, included with
/// <c>{{ include 'NAME' }}</c>. Parsed templates are immutable and safe to render from many threads.</remarks>
public sealed class ThemeTemplates
{
    /// <summary>Gets the layout used when a page names none.</summary>
    public const string DefaultLayout = "page";

    /// <summary>Gets the layout used for the home page when the theme has it and the page names none.</summary>
    public const string HomeLayout = "home";

    private ThemeTemplates(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials, string partialsPrefix)
    {
        Layouts = layouts;
        Partials = partials;
        PartialsPrefix = partialsPrefix;
    }

    /// <summary>Gets the layouts by name (file name without <c>.html</c>).</summary>
    public IReadOnlyDictionary<string, Template> Layouts { get; }

    /// <summary>Gets the partials by their path from the site root, the key <c>include</c> resolves to.</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>Gets the site-root path of the partials folder, ending with <c>/</c>.</summary>
    public string PartialsPrefix { get; }

    /// <summary>Reads and parses every layout and partial of a theme; syntax errors go to the bag.</summary>
    /// <param name="themeDirectory">The theme folder on disk.</param>
    /// <param name="themeSitePath">The theme folder as shown in diagnostics (e.g. <c>themes/default</c>).</param>
    /// <param name="sources">Where file texts are recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The parsed templates.</returns>
    public static ThemeTemplates Load(string themeDirectory, string themeSitePath, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(sources);
        var layoutsDir = Path.Combine(themeDirectory, "layouts");
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partialsPrefix = themeSitePath + "/layouts/partials/";
        if (!Directory.Exists(layoutsDir))
        {
            diagnostics.Error(themeSitePath, 0, 0, DiagnosticCodes.MissingFolder, $"the theme has no 'layouts' folder (expected '{themeSitePath}/layouts/page.html')");
            return new ThemeTemplates(layouts, partials, partialsPrefix);
        }

        foreach (var file in Content.SourceTree.Files(layoutsDir, "*.html"))
        {
            var relative = Path.GetRelativePath(layoutsDir, file).Replace('\\', '/');
            var sitePath = themeSitePath + "/layouts/" + relative;
            if (Content.SourceText.Read(file, sitePath, diagnostics) is not { } text)
            {
                continue;
            }

            sources.Add(sitePath, text);

            // A partial's final newline would break the line it is included in; drop it.
            var isPartial = relative.StartsWith("partials/", StringComparison.Ordinal);
            var template = TemplateRunner.Parse(isPartial && text.EndsWith('\n') ? text[..^1] : text, sitePath, 0, diagnostics);
            if (isPartial)
            {
                partials[sitePath] = template;
            }
            else if (!relative.Contains('/', StringComparison.Ordinal))
            {
                layouts[relative[..^".html".Length]] = template;
            }
        }

        if (!layouts.ContainsKey(DefaultLayout))
        {
            diagnostics.Error(themeSitePath, 0, 0, DiagnosticCodes.UnknownLayout, $"the theme has no default layout '{themeSitePath}/layouts/{DefaultLayout}.html'");
        }

        return new ThemeTemplates(layouts, partials, partialsPrefix);
    }
}
