using Csa.Site.Configuration;

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

    /// <summary>Gets the PDF's file name unless <c>print: { pdf: NAME }</c> sets one.</summary>
    public const string DefaultPdfName = "whole-plan.pdf";

    /// <summary>Reads <c>print:</c>: <c>true</c>, or a mapping with <c>exclude</c> (a list of URLs) and <c>pdf</c> (a file name).</summary>
    /// <param name="config">The site configuration.</param>
    /// <returns>The settings, or <see langword="null"/> when the site has no <c>print:</c> (or <c>print: false</c>).</returns>
    public static PrintSettings? From(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Values.Get(Key) switch
        {
            true => new PrintSettings([], DefaultPdfName),
            IReadOnlyDictionary<string, object?> map => new PrintSettings(
                map.GetValueOrDefault("exclude") is IEnumerable<object?> list ? [.. list.OfType<string>()] : [],
                map.GetValueOrDefault("pdf") is string { Length: > 0 } name && IsPlainName(name) ? name : DefaultPdfName),
            _ => null,
        };
    }

    private static bool IsPlainName(string name) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !name.StartsWith('.');
}
