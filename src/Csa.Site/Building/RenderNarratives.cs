using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>Stage: runs the Scriban in every page's Markdown and parses the result with Markdig, in parallel, checking its
/// links and collecting its headings and chart blocks.</summary>
/// <remarks>Pages are independent: each reads only shared immutable state. The parsed pages wait for <see cref="RenderCharts"/>
/// and are then written by <see cref="WritePages"/>.</remarks>
public static class RenderNarratives
{
    /// <summary>Renders the Markdown of every page.</summary>
    /// <param name="pages">The pages with URLs.</param>
    /// <param name="runner">The template runner.</param>
    /// <param name="model">The template model.</param>
    /// <param name="narrative">The Markdown renderer.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>One draft per page, in the order of <paramref name="pages"/>; a page whose Scriban failed has no narrative.</returns>
    public static IReadOnlyList<PageDraft> Run(IReadOnlyList<Page> pages, TemplateRunner runner, TemplateModel model, NarrativeRenderer narrative, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(narrative);
        var drafts = new PageDraft[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            drafts[i] = new PageDraft(pages[i], ParseOne(pages[i], runner, model, narrative, diagnostics));
            AllocationPacer.Tick();
        });
        return drafts;
    }

    private static ParsedNarrative? ParseOne(Page page, TemplateRunner runner, TemplateModel model, NarrativeRenderer narrative, DiagnosticBag diagnostics)
    {
        var source = page.Source;
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
                return null;
            }

            markdown = output;
        }

        // Markdig's lines are those of the Markdown after Scriban ran; the map takes them back to the page as written.
        return narrative.Parse(source, markdown, diagnostics, lines);
    }
}
