namespace Csa.Site.Components;

/// <summary>Describes one download link: <c>Download “Ward offence rates” as CSV (1.2 KB)</c>.</summary>
/// <param name="Url">The link, base path included.</param>
/// <param name="MediaType">The media type, e.g. <c>text/csv</c>.</param>
/// <param name="Format">The format for people, e.g. <c>CSV</c>.</param>
/// <param name="Size">The size for people, e.g. <c>1.2 KB</c>.</param>
/// <param name="Subject">What is downloaded, e.g. <c>“Ward offence rates”</c> or <c>the chart “Stowe has the highest rate”</c>.</param>
public sealed record DownloadLinkModel(string Url, string MediaType, string Format, string Size, string Subject);
