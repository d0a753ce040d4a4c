namespace Csa.Site.Browser.Tests.Support;

/// <summary>Names one generated HTML page: its file in the output folder and its address on the test server.</summary>
/// <param name="File">The file, relative to the output folder, e.g. <c>priorities/index.html</c>.</param>
/// <param name="Url">The page's address on the test server.</param>
public sealed record SitePage(string File, Uri Url)
{
    /// <summary>Returns the page's address for messages.</summary>
    /// <returns>The path and file.</returns>
    public override string ToString() => Url.AbsolutePath + " (" + File + ")";
}
