using System.Globalization;

namespace Csa.Site.Tables;

/// <summary>Describes one downloadable file of a table: its format, stable URL and size.</summary>
/// <param name="Format">The format name shown to people: <c>CSV</c> or <c>JSON</c>.</param>
/// <param name="MediaType">The media type, e.g. <c>text/csv</c>.</param>
/// <param name="Url">The site-relative URL, e.g. <c>/data/ward-offence-rates.csv</c> (no content hash: people cite it).</param>
/// <param name="Bytes">The file size in bytes.</param>
public sealed record TableDownload(string Format, string MediaType, string Url, long Bytes)
{
    /// <summary>Gets the folder, in the output, that holds every table download.</summary>
    public const string Folder = "data";

    /// <summary>Gets the size for people: <c>850 bytes</c>, <c>2.4 KB</c>, <c>12 KB</c>, <c>1.3 MB</c> (1 KB = 1,024 bytes).</summary>
    public string Size => FormatSize(Bytes);

    /// <summary>Formats a byte count for people.</summary>
    /// <param name="bytes">The size.</param>
    /// <returns>e.g. <c>2.4 KB</c>.</returns>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("#,##0", CultureInfo.InvariantCulture) + " bytes",
        < 10 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        < 1024 * 1024 => Math.Round(bytes / 1024.0).ToString("#,##0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
