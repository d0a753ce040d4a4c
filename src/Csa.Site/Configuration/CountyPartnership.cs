namespace Csa.Site.Configuration;

/// <summary>One partnership of a county.</summary>
/// <param name="Path">Its URL segment (<c>lichfield</c>).</param>
/// <param name="Title">Its site's title (<c>title:</c> in its <c>site.yml</c>).</param>
/// <param name="Url">Its home page's address, base path included (e.g. <c>/community-safety/lichfield/</c>).</param>
public sealed record CountyPartnership(string Path, string Title, string Url);
