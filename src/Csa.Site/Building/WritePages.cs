using Csa.Site.Checks;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Output;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>Stage: writes every parsed page, in parallel: its Markdown as HTML (charts as their figures), then its layout.</summary>
/// <remarks>Pages are independent: each render reads only shared immutable state and writes its own file.</remarks>
public static class WritePages
{
    /// <summary>Completes and writes the pages.</summary>
    /// <param name="drafts">The parsed pages, their charts rendered.</param>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="runner">The template runner.</param>
    /// <param name="model">The template model.</param>
    /// <param name="narrative">The Markdown renderer that parsed the pages.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">Where each page's Markdown links are recorded with their lines, for the link check; none when <see langword="null"/>.</param>
    /// <param name="keepRendered">Whether each page's Markdown as HTML is kept once written (for a session).</param>
    /// <returns>The number of pages written.</returns>
    public static int Run(
        IReadOnlyList<PageDraft> drafts,
        ThemeTemplates theme,
        TemplateRunner runner,
        TemplateModel model,
        NarrativeRenderer narrative,
        StagingFolder staging,
        DiagnosticBag diagnostics,
        LinkOrigins? origins = null,
        bool keepRendered = true)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(staging);
        return WriteAll(drafts, i => drafts[i].Narrative is { } parsed ? narrative.Write(parsed) : drafts[i].Reused?.Rendered, theme, runner, model, staging, diagnostics, origins, keepRendered);
    }

    /// <summary>Writes every page whose Markdown rendered, in parallel; for the others only a wrong layout is reported
    /// (with the error in their Markdown).</summary>
    /// <param name="drafts">The parsed pages.</param>
    /// <param name="rendered">Gives the Markdown as HTML of the page at an index, or <see langword="null"/> when it failed.</param>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="runner">The template runner.</param>
    /// <param name="model">The template model.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">Where each page's Markdown links are recorded with their lines; none when <see langword="null"/>.</param>
    /// <param name="keepRendered">Whether each page's Markdown as HTML is kept once written (for a session).</param>
    /// <returns>The number of pages written.</returns>
    public static int WriteAll(IReadOnlyList<PageDraft> drafts, Func<int, RenderedNarrative?> rendered, ThemeTemplates theme, TemplateRunner runner, TemplateModel model, StagingFolder staging, DiagnosticBag diagnostics, LinkOrigins? origins, bool keepRendered = true)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(staging);
        var written = 0;
        Parallel.For(0, drafts.Count, i =>
        {
            if (rendered(i) is not { } narrative)
            {
                FindLayout(drafts[i].Page, theme, diagnostics);
                return;
            }

            drafts[i].Written(narrative, keepRendered);
            if (drafts[i].Reused is { } reused && ReferenceEquals(reused.Rendered, narrative))
            {
                // Unchanged since the session's last build: written as it was.
                origins?.Add(drafts[i].Page.OutputPath, reused.Html, narrative, drafts[i].Page.Source.SitePath, drafts[i].Page.Source.LineText);
                if (reused.Bytes is { } bytes)
                {
                    staging.WriteBytes(drafts[i].Page.OutputPath, bytes);
                }
                else
                {
                    staging.WriteText(drafts[i].Page.OutputPath, reused.Html);
                }
                Interlocked.Increment(ref written);
            }
            else if (WriteOne(drafts[i].Page, narrative, theme, runner, model, staging, diagnostics, origins))
            {
                Interlocked.Increment(ref written);
            }

            AllocationPacer.Tick();
        });
        return written;
    }

    /// <summary>Writes one page: its rendered Markdown in its layout.</summary>
    /// <param name="page">The page.</param>
    /// <param name="rendered">Its Markdown as HTML.</param>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="runner">The template runner.</param>
    /// <param name="model">The template model.</param>
    /// <param name="staging">The folder being written.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">Where the page's Markdown links are recorded with their lines; none when <see langword="null"/>.</param>
    /// <param name="finish">Changes the page's HTML before it is written; none when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the page was written.</returns>
    public static bool WriteOne(Page page, RenderedNarrative rendered, ThemeTemplates theme, TemplateRunner runner, TemplateModel model, StagingFolder staging, DiagnosticBag diagnostics, LinkOrigins? origins, Func<string, string>? finish = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(staging);
        if (FindLayout(page, theme, diagnostics) is not { } layout || runner.Render(layout, model.PageGlobals(page, rendered), 0, diagnostics) is not { } html)
        {
            return false;
        }

        origins?.Add(page.OutputPath, html, rendered, page.Source.SitePath, page.Source.LineText);
        var text = finish is null ? html : finish(html);
        staging.WriteText(page.OutputPath, text);
        // Read for the link check now, while the page is in memory, rather than from the file later.
        origins?.Read(page.OutputPath, text);
        return true;
    }

    /// <summary>Returns a page's layout, reporting a layout the theme does not have.</summary>
    /// <param name="page">The page.</param>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="diagnostics">Where an unknown layout is reported.</param>
    /// <returns>The layout, or <see langword="null"/> when unknown.</returns>
    public static Scriban.Template? FindLayout(Page page, ThemeTemplates theme, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(theme);
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
