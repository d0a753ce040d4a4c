using System.Diagnostics;
using Csa.Site.Charts;
using Csa.Site.Checks;
using Csa.Site.Components;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Navigation;
using Csa.Site.Output;
using Csa.Site.Printing;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>Builds a site: runs the stages in order and swaps the result into the output folder only when all succeeded.</summary>
/// <remarks>The order listed is the order of execution. Stages add diagnostics and go on where safe, so one build
/// reports every problem; any error discards the staging folder and leaves the previous output untouched.</remarks>
public static class SiteBuilder
{
    /// <summary>Builds the site described by the options.</summary>
    /// <param name="options">What to build.</param>
    /// <returns>The diagnostics and counts.</returns>
    public static BuildResult Build(BuildOptions options) => Run(options, null);

    /// <summary>Builds the site; with a session, into memory, reusing what its last build made, and publishing only the changes.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="session">The session of <c>csa-site serve</c>, or <see langword="null"/> for a plain build.</param>
    /// <returns>The diagnostics and counts.</returns>
    internal static BuildResult Run(BuildOptions options, BuildSession? session)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        AllocationPacer.Start();
        var diagnostics = new DiagnosticBag();
        var sources = new SourceFiles();
        if (!CheckFolders(options, diagnostics))
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        // In a session (csa-site serve): hash the site's files before any stage reads them.
        var snapshot = session?.TakeSnapshot();
        // Read site.yml: title, language, base URL and every value templates see as site.KEY.
        var config = ReadSiteConfig.Run(options, sources, diagnostics);
        // Parse the theme's layouts and partials once.
        var theme = ThemeTemplates.Load(options.Theme, options.DisplayPath(options.Theme), sources, diagnostics);
        // Parse the theme's components (its own components/NAME.html, else the built-in default) once.
        var components = ComponentRenderer.Load(options.Theme, options.DisplayPath(options.Theme), diagnostics, sources);
        // Read the pages and their front matter, in parallel.
        var read = LoadPages.Run(options, sources, diagnostics);
        if (read.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Warning(options.DisplayPath(options.Content), 0, 0, DiagnosticCodes.NoPages, "the content folder has no pages: create index.md (a title in front matter, then your words), or start a plan with 'csa-site new DIR'");
        }

        // Add the pages every site needs (accessibility statement, data catalogue, 404) from the theme where content has none.
        var print = config is null ? null : PrintSettings.From(config, message =>
            diagnostics.Error(SiteConfigFile(options), config.Values.LineOf(PrintSettings.Key), 1, DiagnosticCodes.BadSiteConfig, message));
        read = AddThemePages.Run(options, read, sources, diagnostics, print is not null);
        // Leave out drafts and pages not yet published.
        var selected = SelectPages.Run(read, options);
        // Read the data descriptor and every CSV table, checking each against its schema.
        var data = LoadTables.Run(options, sources, diagnostics);
        // Read the plan's actions and measures (the tables 'plan:' in the descriptor names) and check them against the data.
        var plan = LoadPlan.Run(options, data, diagnostics);
        // Make one page per table row from each page with 'generate: TABLE'.
        var expanded = GeneratePages.Run(selected, data, diagnostics);
        // Make one page per period from each page with 'periods: TABLE'.
        expanded = PeriodPages.Run(expanded, data, diagnostics);
        // Give each page its URL and output file; reject duplicates, escapes and URLs of files the build publishes.
        var contentAssets = CopyAssets.ContentAssets(options);
        var pages = AssignUrls.Run(expanded, diagnostics, ReservedOutputs.For(data, CopyAssets.ThemeAssets(options), contentAssets, options.DisplayPath(options.Content)));
        if (config is null)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        // Check the settings the theme and the release check read: help services, pages left out of print, release.
        CheckSettings.Run(options, config, print, pages, sources, diagnostics);

        // Build the navigation tree: menus, breadcrumbs, previous/next.
        var navigation = SiteNavigation.Build(pages);
        var links = new LinkContext(config.BaseUrl, pages.Where(p => p.Source.Row is null && p.Source.Period is not { IsLatest: false }).ToDictionary(p => p.Source.ContentPath, p => p.Url, StringComparer.Ordinal), contentAssets);
        var model = new TemplateModel(config, config.BaseUrl, navigation);
        if (options.County is { } county)
        {
            model.SetCounty(county);
        }

        // In a session (csa-site serve): what each page depends on, and which pages are unchanged since its last build.
        var reuse = session?.Prepare(snapshot!, pages, theme);
        StagingFolder staging;
        try
        {
            staging = session is null ? new StagingFolder(options.Output) : StagingFolder.InMemory(options.Output);
        }
        catch (Exception ex) when (IsFileSystemError(ex))
        {
            diagnostics.Error(options.OutputDisplay, 0, 0, DiagnosticCodes.OutputFailed, "could not create a folder beside the output to build into: " + ex.Message);
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        var committed = false;
        try
        {
            // Publish each table as CSV, JSON and ODS, with datapackage.json and CSVW metadata, before pages link to them with sizes.
            var downloads = session is null ? PublishTables.Run(data, staging, config) : session.PublishTables(reuse!, data, staging, config);
            var snippets = SnippetTemplates.Load(options.Content, options.DisplayPath(options.Content), sources, diagnostics);
            // The rows each page prints, noted by the data functions and the charts, for "Where these figures come from".
            var printed = new Tables.PrintedRows();
            var runner = new TemplateRunner(theme, TemplateFunctions.CreateGlobals(model.Site, config, data, downloads, snippets, components, plan, printed), sources, snippets, session?.Dependencies);
            // Run the Scriban in every page's Markdown and parse it with Markdig, in parallel, checking links and noting each chart block's line.
            var narrative = new NarrativeRenderer(MarkdownPipelineFactory.Create(new AbbreviationMarker(config.Abbreviations, components), components), links);
            // In a session, a page unchanged since its last build is written as it was, with its charts.
            var fonts = ChartFonts.Load(options.Theme);
            var chartRenderer = new ChartRenderer(data, downloads, config.BaseUrl.Link, config.BandOptions, fonts, staging.WriteBytes, null, components, config.Wording, printed) { Cache = session?.Charts };
            var drafts = session is null
                ? RenderNarratives.Run(pages, runner, model, narrative, diagnostics)
                : WithReused(pages, reuse!, RenderNarratives.Run(session.Reuse(reuse!, pages, staging, chartRenderer.Claim, printed, config.BaseUrl.Link), runner, model, narrative, diagnostics));
            // Render the pages' charts with the theme's fonts: SVG and PNG files to /charts/, each figure through the chart-figure component.
            var charts = RenderCharts.Run(drafts, chartRenderer, diagnostics);
            // Copy theme assets and content files.
            var files = CopyAssets.Run(options, contentAssets, staging);
            // Write every page (its Markdown as HTML with its charts, then its layout) in parallel, noting each Markdown link's line;
            // with 'print:' in site.yml, also the whole plan on one page and, with --pdf, its PDF (printed from the staged site).
            var origins = new LinkOrigins { ReadsPages = options.RunChecks };
            foreach (var heading in plan.Headings.Where(h => h.Page is not null && h.Line > 0))
            {
                // A plan heading's link to its page is written in the descriptor: a broken one is reported there.
                origins.AddSetting(config.BaseUrl.Link(heading.Page!), data.Package.SitePath, heading.Line, sources.Line(data.Package.SitePath, heading.Line));
            }

            var written = print is null
                ? WritePages.Run(drafts, theme, runner, model, narrative, staging, diagnostics, origins, keepRendered: session is not null)
                : WriteWholePlan.Run(drafts, [.. navigation.ReadingOrder.Select(n => n.Page)], print, new WholePlanContext(theme, runner, model, narrative, components, config.BaseUrl, staging, SiteConfigFile(options)) { PrintParts = session?.PrintParts }, options.PdfPrinter, diagnostics, origins);
            if (print is null && options.PdfPrinter is not null)
            {
                diagnostics.Error(SiteConfigFile(options), 0, 0, DiagnosticCodes.PdfNotMade, "'--pdf' prints the whole plan on one page, which this site does not have: add 'print: true' to site.yml");
            }
            // Write sitemap.xml, robots.txt and the social preview image.
            var description = config.Values.Get("description") as string;
            var social = fonts is null ? null : session is null
                ? SocialImagePainter.Paint(fonts, config.Title, description)
                : session.SocialImage(config.Title + "\0" + description, () => SocialImagePainter.Paint(fonts, config.Title, description));
            files += WriteSiteFiles.Run(pages, config.BaseUrl, staging, social);
            // Check the staged site's links, ids, reachability and sitemap, so a broken link never reaches the output.
            CheckLinks.Run(options, config.BaseUrl, pages, contentAssets, staging, diagnostics, origins, session?.Scans);
            if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.WarningCount > 0))
            {
                return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
            }

            // Swap the finished build into place; in a session, write the files that changed.
            if (session is null)
            {
                staging.Commit();
            }
            else
            {
                session.Publish(reuse!, staging, drafts, chartRenderer.Claimed, diagnostics.ToSortedList(), printed, config.BaseUrl.Link);
            }

            committed = true;

            // In a session, the charts of reused pages count too: as many as a full build draws.
            return new BuildResult(diagnostics.ToSortedList(), written, files, clock.Elapsed) { Tables = data.Tables.Count, Charts = session is null ? charts : chartRenderer.Claimed.Count };
        }
        catch (Exception ex) when (IsFileSystemError(ex))
        {
            var inner = ex is AggregateException agg ? agg.Flatten().InnerExceptions[0] : ex;
            diagnostics.Error(options.OutputDisplay, 0, 0, DiagnosticCodes.OutputFailed, "could not write the output: " + inner.Message);
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }
        finally
        {
            // Whatever happened, a build that did not finish leaves no staging folder behind.
            if (!committed)
            {
                staging.Discard();
            }
        }
    }

    // The drafts in page order: the rendered ones, and the reused ones as they were.
    private static IReadOnlyList<PageDraft> WithReused(IReadOnlyList<Page> pages, BuildSession.SessionPlan reuse, IReadOnlyList<PageDraft> rendered)
    {
        if (reuse.Reused.Count == 0)
        {
            return rendered;
        }

        var byPath = rendered.ToDictionary(d => d.Page.OutputPath, StringComparer.Ordinal);
        return [.. pages.Select(p => byPath.TryGetValue(p.OutputPath, out var draft) ? draft : new PageDraft(p, null) { Reused = reuse.Reused[p.OutputPath] })];
    }

    private static string SiteConfigFile(BuildOptions options) => options.DisplayPath(Path.Combine(options.Content, Configuration.SiteConfig.FileName));

    private static bool IsFileSystemError(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException agg => agg.Flatten().InnerExceptions.All(IsFileSystemError),
        _ => false,
    };

    // Nothing is read before the folders are known to hold only regular files and the output is known to be the tool's own.
    private static bool CheckFolders(BuildOptions options, DiagnosticBag diagnostics)
    {
        foreach (var (folder, what) in new[] { (options.Content, "content"), (options.Theme, "theme") })
        {
            if (!Directory.Exists(folder))
            {
                diagnostics.Error(options.DisplayPath(folder), 0, 0, DiagnosticCodes.MissingFolder, $"the {what} folder does not exist");
                continue;
            }

            foreach (var (path, kind) in SourceTree.Refused(folder))
            {
                var what2 = kind == SourceEntryKind.SymbolicLink ? "a symbolic link" : "a special file (FIFO, socket or device)";
                diagnostics.Error(options.DisplayPath(path), 0, 0, DiagnosticCodes.RefusedFile, $"this is {what2}; links and special files in the {what} folder are never followed or read: put a copy of the file here instead");
            }
        }

        foreach (var (path, other) in ContentFiles.NormalisationClashes(options.Content))
        {
            diagnostics.Error(options.DisplayPath(path), 0, 0, DiagnosticCodes.DuplicateUrl, $"this name differs from '{options.DisplayPath(other)}' only in how its accented letters are encoded (Unicode normalisation), so both would have the same URL; rename or remove one");
        }

        if (options.OutputRefusal() is { } refusal)
        {
            diagnostics.Error(options.DisplayPath(options.Output), 0, 0, DiagnosticCodes.RefusedOutput, $"will not use '{options.DisplayPath(options.Output)}' as the output folder: {refusal}");
        }

        return !diagnostics.HasErrors;
    }
}
