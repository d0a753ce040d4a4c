using Csa.Site.Checks;
using Csa.Site.Components;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Narrative;
using Csa.Site.Output;
using Csa.Site.Printing;
using Csa.Site.Tables;
using Csa.Site.Templates;
using Scriban.Runtime;

namespace Csa.Site.Building;

/// <summary>Stage, in place of <see cref="WritePages"/> when <c>site.yml</c> has <c>print:</c>: writes every page and the
/// whole plan as one page (the theme's page with <c>print_document: true</c>), and prints that page to a PDF when asked.</summary>
/// <remarks>Every page's Markdown is turned into HTML first, because the document holds them all. With a printer, the document
/// page is written and printed before the layouts are rendered, so pages can link to the PDF with its size; the PDF itself
/// is printed from the page without that link.</remarks>
public static class WriteWholePlan
{
    /// <summary>Writes the pages, the whole-plan page and, with a printer, its PDF.</summary>
    /// <param name="drafts">The parsed pages, their charts rendered.</param>
    /// <param name="readingOrder">The pages in reading order (the navigation's).</param>
    /// <param name="settings">What <c>print:</c> asks for.</param>
    /// <param name="context">The theme, templates, components and output shared by the pages.</param>
    /// <param name="printer">Prints the page to PDF (<c>build --pdf</c>); <see langword="null"/> for no PDF.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="origins">Where each page's Markdown links are recorded with their lines; none when <see langword="null"/>.</param>
    /// <returns>The number of pages written.</returns>
    public static int Run(
        IReadOnlyList<PageDraft> drafts,
        IReadOnlyList<Page> readingOrder,
        PrintSettings settings,
        WholePlanContext context,
        IPagePrinter? printer,
        DiagnosticBag diagnostics,
        LinkOrigins? origins = null)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(readingOrder);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var rendered = new RenderedNarrative?[drafts.Count];
        Parallel.For(0, drafts.Count, i => rendered[i] = drafts[i].Narrative is { } parsed ? context.Narrative.Write(parsed) : drafts[i].Reused?.Rendered);
        var byUrl = new Dictionary<string, RenderedNarrative>(StringComparer.Ordinal);
        var document = -1;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (rendered[i] is { } narrative)
            {
                byUrl[drafts[i].Page.Url] = narrative;
            }

            if (document < 0 && PrintSettings.IsDocument(drafts[i].Page))
            {
                document = i;
            }
        }

        var excluded = settings.Exclude.ToHashSet(StringComparer.Ordinal);
        var parts = readingOrder
            .Where(p => p.Source.Meta.Values.Get(PrintSettings.Key) is not false && !PrintSettings.IsDocument(p) && !excluded.Contains(p.Url))
            .Where(p => byUrl.ContainsKey(p.Url))
            .Select(p => new PrintPart(p, byUrl[p.Url]))
            .ToList();
        var page = document < 0 ? null : drafts[document].Page;
        var wholePlan = new ScriptObject();
        if (page is not null)
        {
            wholePlan["url"] = context.BaseUrl.Link(page.Url);
            wholePlan["title"] = page.Title;
        }

        context.Model.Site[TemplateKeys.WholePlan] = page is null ? null : wholePlan;
        // A build of 'csa-site serve' that deferred the document (Reused) writes it as the last build wrote it.
        if (page is not null && drafts[document].Reused is null && rendered[document] is { } own)
        {
            if (printer is not null)
            {
                var pdf = Print(page, WithDocument(own, parts, context, null), printer, settings, context, diagnostics);
                wholePlan["pdf"] = pdf is null ? null : new ScriptObject { ["url"] = pdf.Url, ["media_type"] = pdf.MediaType, ["format"] = pdf.Format, ["size"] = pdf.Size };
                rendered[document] = WithDocument(own, parts, context, pdf);
            }
            else
            {
                rendered[document] = WithDocument(own, parts, context, null);
            }
        }
        else if (printer is not null && page is null)
        {
            diagnostics.Error(context.SettingsPath, 0, 0, DiagnosticCodes.PdfNotMade, "cannot make the PDF: the theme has no page with 'print_document: true' to print");
        }

        return WritePages.WriteAll(drafts, i => rendered[i], context.Theme, context.Runner, context.Model, context.Staging, diagnostics, origins);
    }

    private static RenderedNarrative WithDocument(RenderedNarrative own, IReadOnlyList<PrintPart> parts, WholePlanContext context, DownloadLinkModel? pdf) =>
        own with { Html = own.Html + context.Components.Render(ComponentNames.PrintDocument, PrintDocumentBuilder.Build(parts, context.BaseUrl, pdf, context.PrintParts)).Html };

    private static DownloadLinkModel? Print(Page page, RenderedNarrative document, IPagePrinter printer, PrintSettings settings, WholePlanContext context, DiagnosticBag diagnostics)
    {
        // Printed from a loopback address, the page's own links would point there in the PDF: they get the site's host, or
        // stop being links when none is known. Its styles and images still load from the staged site.
        if (!WritePages.WriteOne(page, document, context.Theme, context.Runner, context.Model, context.Staging, diagnostics, null, html => PrintDocumentBuilder.ForPrinting(html, context.BaseUrl)))
        {
            return null;
        }

        var folder = page.OutputPath.Contains('/', StringComparison.Ordinal) ? page.OutputPath[..(page.OutputPath.LastIndexOf('/') + 1)] : string.Empty;
        var relative = folder + settings.PdfName;
        var file = Path.Combine(context.Staging.Root, relative.Replace('/', Path.DirectorySeparatorChar));
        var problem = printer.Print(context.Staging.Root, context.BaseUrl.Path, context.BaseUrl.Link(page.Url), file);
        if (problem is not null || !File.Exists(file))
        {
            diagnostics.Error(page.Source.SitePath, 0, 0, DiagnosticCodes.PdfNotMade, "could not print this page to a PDF: " + (problem ?? "the printer wrote no file"));
            return null;
        }

        var bytes = PdfFile.Stabilise(File.ReadAllBytes(file), PdfFile.SourceDate(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")));
        context.Staging.WriteBytes(relative, bytes);
        var url = page.Url + settings.PdfName;
        return new DownloadLinkModel(context.BaseUrl.Link(url), "application/pdf", "PDF", TableDownload.FormatSize(bytes.LongLength), $"“{page.Title}”");
    }
}
