namespace Csa.Site.Components;

/// <summary>The whole plan as one document, for the <c>print-document</c> component: a contents list, then every page.</summary>
/// <param name="Parts">The pages in reading order.</param>
/// <param name="Pdf">The link to the PDF of the document, when the build made one.</param>
public sealed record PrintDocumentModel(IReadOnlyList<PrintPartModel> Parts, DownloadLinkModel? Pdf);
