namespace Csa.Site.Checks;

/// <summary>Describes one link that leaves the site for another host, with the pages that have it.</summary>
/// <param name="Url">The absolute URL without its fragment.</param>
/// <param name="Pages">The pages linking to it, relative to the output folder, in order.</param>
public sealed record ExternalLink(string Url, IReadOnlyList<string> Pages)
{
    /// <summary>Gets a value indicating whether the link was checked over HTTP.</summary>
    public bool Checked { get; init; }

    /// <summary>Gets what went wrong when the link was checked and failed (e.g. <c>HTTP 404 Not Found</c>), else <see langword="null"/>.</summary>
    public string? Error { get; init; }
}
