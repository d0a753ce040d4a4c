namespace Csa.Site.Components;

/// <summary>Feeds <c>components/downloads.html</c>: a list of download links.</summary>
/// <param name="Items">The links, in order.</param>
public sealed record DownloadsModel(IReadOnlyList<DownloadLinkModel> Items);
