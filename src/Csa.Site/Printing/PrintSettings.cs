using Csa.Site.Configuration;
using Csa.Site.Content;

namespace Csa.Site.Printing;

/// <summary>Holds what <c>print:</c> in <c>site.yml</c> asks for: the whole plan as one page (and, with <c>build --pdf</c>, a PDF of it).</summary>
/// <param name="Exclude">Site URLs of pages left out of the document (e.g. <c>/get-help/</c>), besides pages with <c>print: false</c>.</param>
/// <param name="PdfName">The PDF's file name, written beside the page (<c>/print/NAME</c>).</param>
public sealed record PrintSettings(IReadOnlyList<string> Exclude, string PdfName)
{
    /// <summary>Gets the <c>site.yml</c> key, and the front-matter key that leaves one page out (<c>print: false</c>).</summary>
    public const string Key = "print";

    /// <summary>Gets the front-matter key of the theme page that holds the document (<c>print_document: true</c>).</summary>
    public const string DocumentKey = "print_document";

    /// <summary>Returns whether a page is the theme's page that holds the document (<c>print_document: true</c>).</summary>
    /// <param name="page">The page.</param>
    /// <returns><see langword="true"/> for the whole-plan page.</returns>
    public static bool IsDocument(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Source.Meta.Values.Get(DocumentKey) is true;
    }

    /// <summary>Gets the PDF's file name unless <c>print: { pdf: NAME }</c> sets one.</summary>
    public const string DefaultPdfName = "whole-plan.pdf";

    /// <summary>Reads <c>print:</c>: <c>true</c>, or a mapping with <c>exclude</c> (a list of page URLs) and <c>pdf</c> (a file name).</summary>
    /// <param name="config">The site configuration.</param>
    /// <param name="problem">Told what is wrong with a value, in one sentence; the settings are then <see langword="null"/>.</param>
    /// <returns>The settings, or <see langword="null"/> when the site has no <c>print:</c> (or <c>print: false</c>) or it is wrong.</returns>
    public static PrintSettings? From(SiteConfig config, Action<string> problem)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(problem);
        const string Expected = "'print:' must be true, or a mapping with 'exclude' (a list of page URLs such as [/accessibility/]) and 'pdf' (a file name such as whole-plan.pdf)";
        switch (config.Values.Get(Key))
        {
            case null or false:
                return null;
            case true:
                return new PrintSettings([], DefaultPdfName);
            case IReadOnlyDictionary<string, object?> map when map.Keys.All(k => k is "exclude" or "pdf"):
                var exclude = map.GetValueOrDefault("exclude") switch
                {
                    null => [],
                    IEnumerable<object?> list when list.All(u => u is string { Length: > 0 } url && url[0] == '/') => list.Cast<string>().ToList(),
                    _ => null,
                };
                var pdf = map.GetValueOrDefault("pdf") ?? DefaultPdfName;
                if (exclude is null || pdf is not string name || !IsPlainName(name))
                {
                    problem(Expected + "; 'exclude' URLs start with '/', and the PDF's name uses letters, digits, '-', '_' and '.' and ends with .pdf");
                    return null;
                }

                return new PrintSettings(exclude, name);
            default:
                problem(Expected);
                return null;
        }
    }

    private static bool IsPlainName(string name) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !name.StartsWith('.');
}
