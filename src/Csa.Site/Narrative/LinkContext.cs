using Csa.Site.Configuration;

namespace Csa.Site.Narrative;

/// <summary>Gives the Markdown renderer what it needs to rewrite links: the base URL and every page's URL by source file.</summary>
/// <param name="BaseUrl">Where the site is published.</param>
/// <param name="UrlsByContentPath">The site-relative URL of each page, keyed by its path in <c>content/</c> (e.g. <c>priorities/asb.md</c>).</param>
/// <param name="ContentFiles">Every other file in <c>content/</c> that is copied to the output, by its path in <c>content/</c>.</param>
public sealed record LinkContext(BaseUrl BaseUrl, IReadOnlyDictionary<string, string> UrlsByContentPath, IReadOnlySet<string> ContentFiles);
