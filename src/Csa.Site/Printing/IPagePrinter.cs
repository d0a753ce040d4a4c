namespace Csa.Site.Printing;

/// <summary>Prints one page of a built site to a PDF file (the command-line tool's uses headless Chromium).</summary>
public interface IPagePrinter
{
    /// <summary>Prints a page of the site in a folder to a PDF file.</summary>
    /// <param name="siteFolder">The folder holding the built site (pages, assets).</param>
    /// <param name="basePath">The path the site lives under, e.g. <c>/</c> or <c>/community-safety/</c>.</param>
    /// <param name="pageLink">The page's root-relative link, base path included, e.g. <c>/print/</c>.</param>
    /// <param name="pdfFile">The PDF file to write.</param>
    /// <returns><see langword="null"/> when the PDF was written, else what went wrong, in plain words.</returns>
    string? Print(string siteFolder, string basePath, string pageLink, string pdfFile);
}
