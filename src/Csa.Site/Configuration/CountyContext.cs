namespace Csa.Site.Configuration;

/// <summary>What a site built as part of a county knows of the county: its title, its home page and its partnerships,
/// given to templates as <c>site.county</c>.</summary>
/// <param name="Title">The county site's title (<c>title:</c> in the county's <c>site.yml</c>).</param>
/// <param name="Url">The county home page's address, base path included (e.g. <c>/community-safety/</c>).</param>
/// <param name="Partnerships">Every partnership, in the county's order.</param>
/// <param name="Current">The path of the partnership being built, or <see langword="null"/> for the county's own pages.</param>
public sealed record CountyContext(string Title, string Url, IReadOnlyList<CountyPartnership> Partnerships, string? Current);
