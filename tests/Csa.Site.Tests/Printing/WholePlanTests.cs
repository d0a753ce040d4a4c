using System.Text;
using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Csa.Site.Printing;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Printing;

/// <summary>The whole plan on one page (<c>print:</c> in site.yml; stage <c>WriteWholePlan</c>) and its PDF, built from small
/// sites with the default theme.</summary>
public sealed class WholePlanTests
{
    private const string Site = """
        -- content/site.yml --
        title: Test Partnership
        print:
          exclude: [/contact/]
        -- content/index.md --
        ---
        title: Home
        ---
        ## Summary

        Read about [the priorities](/priorities/) and [the burglary figures](/priorities/burglary/#summary).
        -- content/priorities/index.md --
        ---
        title: Priorities
        order: 1
        ---
        ## Summary

        Two priorities. [Jump down](#details).

        ## Details

        <!-- nothing -->
        Words.
        -- content/priorities/burglary.md --
        ---
        title: Burglary
        ---
        ## Summary

        Burglary words, and [the home page](/).
        -- content/contact.md --
        ---
        title: Contact
        order: 5
        ---
        ## Summary

        Write to us.
        -- content/notes.md --
        ---
        title: Notes
        order: 6
        print: false
        ---
        Not for print.
        """;

    private static BuildOptions WithTheme(IPagePrinter? printer = null) =>
        new() { ThemeDirectory = Path.Combine(RepositoryRoot.Find(), "themes", "default"), PdfPrinter = printer };

    [Fact]
    public void The_whole_plan_page_holds_every_page_in_reading_order_with_ids_made_unique_and_links_kept_inside_the_document()
    {
        // Given
        using var site = new TestSite(Site, withMarkerTheme: false);

        // When
        site.BuildClean(WithTheme());
        var page = site.Html("print/index.html");

        // Then: the parts in reading order, without the excluded page, the page that says 'print: false' or itself
        var titles = page.QuerySelectorAll(".csa-print-document__part > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Home", "Priorities", "Burglary"], titles);
        Assert.Equal(titles, page.QuerySelectorAll(".csa-print-document__contents li a").Select(a => a.TextContent));

        // Every id once; each page's "summary" heading kept apart, one level below its part's title
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("H3", page.GetElementById("part-priorities-burglary--summary")!.TagName);

        // Links between parts stay in the document; a fragment keeps its target
        var home = page.GetElementById("part-home")!.ParentElement!;
        var hrefs = home.QuerySelector("div.csa-prose")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#part-priorities", "#part-priorities-burglary--summary"], hrefs);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#part-priorities--details");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#part-home");

        // The page is not in the menu; the home page links to it; no PDF was asked for
        Assert.DoesNotContain(site.Html("index.html").QuerySelectorAll(".csa-nav a"), a => a.GetAttribute("href") == "/print/");
        Assert.Contains(site.Html("index.html").QuerySelectorAll(".csa-whole-plan a"), a => a.GetAttribute("href") == "/print/");
        Assert.False(site.OutputExists("print/whole-plan.pdf"));
        Assert.Empty(page.QuerySelectorAll(".csa-print-document__pdf"));
    }

    [Fact]
    public void Links_out_of_the_document_print_with_the_sites_host_when_one_is_known()
    {
        // Given
        using var site = new TestSite(Site, withMarkerTheme: false);

        // When
        site.BuildClean(WithTheme() with { BaseUrl = "https://www.example.gov.uk/safety/" });
        var page = site.Html("print/index.html");

        // Then
        var address = page.QuerySelector("#part-priorities-burglary ~ .csa-print-document__address a")!;
        Assert.Equal("https://www.example.gov.uk/safety/priorities/burglary/", address.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#part-priorities");
    }

    [Fact]
    public void A_site_without_print_has_no_whole_plan_page()
    {
        // Given
        using var site = new TestSite(Site.Replace("print:\n  exclude: [/contact/]\n", string.Empty, StringComparison.Ordinal), withMarkerTheme: false);

        // When
        site.BuildClean(WithTheme());

        // Then
        Assert.False(site.OutputExists("print/index.html"));
        Assert.Empty(site.Html("index.html").QuerySelectorAll(".csa-whole-plan"));
    }

    [Fact]
    public void With_a_printer_the_pdf_is_written_beside_the_page_made_stable_and_linked_with_its_size()
    {
        // Given
        using var site = new TestSite(Site, withMarkerTheme: false);
        var printer = new FakePrinter();

        // When
        site.BuildClean(WithTheme(printer));

        // Then: the printer was given the staged site and the page's link
        Assert.Equal("/print/", printer.PageLink);
        Assert.True(printer.SawStyles, "the site's styles were in place when the page was printed");
        var pdf = File.ReadAllBytes(Path.Combine(site.Output, "print", "whole-plan.pdf"));
        Assert.Equal(FakePrinter.Pdf.Length, pdf.Length);
        Assert.DoesNotContain("20261127", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        // The home page, the data page's peers and the document itself link to it with its size
        var link = site.Html("index.html").QuerySelector(".csa-whole-plan a[type='application/pdf']")!;
        Assert.Equal("/print/whole-plan.pdf", link.GetAttribute("href"));
        Assert.Contains($"({pdf.Length:#,##0} bytes)", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(site.Html("print/index.html").QuerySelector(".csa-print-document__pdf a[href='/print/whole-plan.pdf']"));
    }

    [Fact]
    public void A_printer_that_fails_fails_the_build_and_leaves_the_output_as_it_was()
    {
        // Given
        using var site = new TestSite(Site, withMarkerTheme: false);
        site.BuildClean(WithTheme());
        var before = site.HashOutput();

        // When
        var result = site.Build(WithTheme(new FakePrinter { Problem = "no Chromium was found" }));

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotMade);
        Assert.Contains("no Chromium was found", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void Printing_the_same_site_twice_gives_the_same_pdf_bytes()
    {
        // Given: two printings that differ only in the time and Chromium's node counter
        var first = Encoding.Latin1.GetBytes("%PDF-1.4\n<</CreationDate (D:20261127174234+00'00')/ModDate (D:20261127174234+00'00')>>\n<</ID (node00000136)>> <</ID (node00000142)>> (node00000136)\n");
        var second = Encoding.Latin1.GetBytes("%PDF-1.4\n<</CreationDate (D:20261127180001+00'00')/ModDate (D:20261127180001+00'00')>>\n<</ID (node00000231)>> <</ID (node00000237)>> (node00000231)\n");

        // When
        var a = PdfFile.Stabilise(first, null);
        var b = PdfFile.Stabilise(second, null);
        var dated = Encoding.Latin1.GetString(PdfFile.Stabilise(first, DateTimeOffset.FromUnixTimeSeconds(1_580_515_200)));

        // Then: same bytes, same length (so the file's offsets hold), ids still in order
        Assert.Equal(a, b);
        Assert.Equal(first.Length, a.Length);
        Assert.Contains("(node00000000)>> <</ID (node00000001)>> (node00000000)", Encoding.Latin1.GetString(a), StringComparison.Ordinal);
        Assert.Contains("/CreationDate (D:20200201000000+00'00')", dated, StringComparison.Ordinal);
    }

    private sealed class FakePrinter : IPagePrinter
    {
        public static readonly byte[] Pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n<</CreationDate (D:20261127174234+00'00')>>\n%%EOF\n");

        public string? Problem { get; init; }

        public string? PageLink { get; private set; }

        public bool SawStyles { get; private set; }

        public string? Print(string siteFolder, string basePath, string pageLink, string pdfFile)
        {
            PageLink = pageLink;
            SawStyles = File.Exists(Path.Combine(siteFolder, "assets", "css", "print.css")) && File.Exists(Path.Combine(siteFolder, "print", "index.html"));
            if (Problem is null)
            {
                File.WriteAllBytes(pdfFile, Pdf);
            }

            return Problem;
        }
    }
}
