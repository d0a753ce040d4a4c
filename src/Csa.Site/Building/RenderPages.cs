using Csa.Site.Checks;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Output;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>Stage: renders every page in parallel (Scriban in the Markdown, then Markdig, then the layout) and writes it.</summary>
/// <remarks>Pages are independent: each render reads only shared immutable state and writes its own file.</remarks>
public static class RenderPages
{
    /// <summary>Renders and writes the pages.</summary>
    /// <param name="pages">The pages with URLs.</param>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="runner">The template runner.</param>
    /// <param name="model">The template model.</param>
    /// <param name="narrative">The Markdown renderer.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">Where each page's Markdown links are recorded with their lines, for the link check; none when <see langword="null"/>.</param>
    /// <returns>The number of pages written.</returns>
    public static int Run(
        IReadOnlyList<Page> pages,
        ThemeTemplates theme,
        TemplateRunner runner,
        TemplateModel model,
        NarrativeRenderer narrative,
        StagingFolder staging,
        DiagnosticBag diagnostics,
        LinkOrigins? origins = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(staging);
        var written = 0;
        Parallel.ForEach(pages, page =>
        {
            var (html, rendered) = RenderOne(page, theme, runner, model, narrative, diagnostics);
            if (html is not null)
            {
                if (rendered is not null)
                {
                    origins?.Add(page.OutputPath, html, rendered, page.Source.SitePath, page.Source.LineText);
                }

                staging.WriteText(page.OutputPath, html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }

    private static (string? Html, RenderedNarrative? Narrative) RenderOne(Page page, ThemeTemplates theme, TemplateRunner runner, TemplateModel model, NarrativeRenderer narrative, DiagnosticBag diagnostics)
    {
        var source = page.Source;
        var layout = FindLayout(page, theme, diagnostics);
        var markdown = source.Body;
        var lines = LineMap.Identity;
        if (source.Meta.EvaluateScriban && markdown.Contains("{{", StringComparison.Ordinal))
        {
            // Code spans and blocks print literally unless the page opts in; the guard adds no lines.
            var guarded = source.Meta.ScribanInCode ? markdown : CodeTemplateGuard.Guard(markdown);
            var template = TemplateRunner.Parse(guarded, source.SitePath, source.BodyLine - 1, diagnostics);
            (var output, lines) = runner.RenderWithLines(template, model.PageGlobals(page, null), source.BodyLine - 1, guarded, diagnostics, escapeHtml: false);
            if (output is null)
            {
                return (null, null);
            }

            markdown = output;
        }

        // Markdig's lines are those of the Markdown after Scriban ran; the map takes them back to the page as written.
        var rendered = narrative.Render(source, markdown, diagnostics, page.Url, lines);
        return (layout is null ? null : runner.Render(layout, model.PageGlobals(page, rendered), 0, diagnostics), rendered);
    }

    private static Scriban.Template? FindLayout(Page page, ThemeTemplates theme, DiagnosticBag diagnostics)
    {
        var name = page.Source.Meta.Layout;
        if (name is null)
        {
            var fallback = page.IsHome && theme.Layouts.ContainsKey(ThemeTemplates.HomeLayout) ? ThemeTemplates.HomeLayout : ThemeTemplates.DefaultLayout;
            return theme.Layouts.GetValueOrDefault(fallback);
        }

        if (theme.Layouts.TryGetValue(name, out var layout))
        {
            return layout;
        }

        var line = page.Source.Meta.Values.LineOf(PageKeys.Layout);
        var known = string.Join(", ", theme.Layouts.Keys.Order(StringComparer.Ordinal));
        diagnostics.Error(page.Source.SitePath, line, 1, DiagnosticCodes.UnknownLayout, $"unknown layout '{name}'; the theme has: {known}", page.Source.LineText(line));
        return null;
    }
}
