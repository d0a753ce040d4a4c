using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Building;

/// <summary>Stage: reads every Markdown page in the content folder, in parallel, splitting front matter from body.</summary>
/// <remarks>Files and folders whose names start with <c>.</c> or <c>_</c> are skipped, except <c>_index.md</c>;
/// the <c>data</c> folder holds tables, not pages.</remarks>
public static class LoadPages
{
    /// <summary>Reads the pages; unusable ones are reported and left out.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="sources">Where file texts are recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The pages, ordered by content path.</returns>
    public static IReadOnlyList<PageSource> Run(BuildOptions options, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        var root = options.Content;
        var files = ContentFiles.List(root).Where(f => f.SitePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var pages = new PageSource?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (relative, full) = files[i];
            var sitePath = options.DisplayPath(full);
            var text = SourceText.Read(full, sitePath, diagnostics);
            if (text is null)
            {
                return;
            }

            var page = FrontMatterReader.Read(sitePath, relative, text, diagnostics);
            if (page is not null)
            {
                sources.Add(sitePath, page.Text);
            }

            pages[i] = page;
            AllocationPacer.Tick();
        });
        return [.. pages.OfType<PageSource>()];
    }
}
