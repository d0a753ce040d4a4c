namespace Csa.Site.Checks;

/// <summary>Describes where a link points once resolved.</summary>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Path">For <see cref="LinkKind.Internal"/>, the decoded path below the base path without a leading slash (empty for the
/// home page); for <see cref="LinkKind.OutsideBase"/>, the decoded path from the host root; else empty.</param>
/// <param name="Fragment">The decoded fragment without <c>#</c>, or <see langword="null"/> when there is none.</param>
/// <param name="Url">The absolute URL without its fragment (for internal links, on the base URL's host or a stand-in host).</param>
public sealed record LinkTarget(LinkKind Kind, string Path, string? Fragment, string Url);
