using Csa.Site.Configuration;

namespace Csa.Site.Checks;

/// <summary>Says which built site to check and how; every default matches <c>csa-site check</c> with no options.</summary>
public sealed record CheckOptions
{
    /// <summary>Gets the folder holding the built site (the output folder, or the build's staging folder).</summary>
    public required string Root { get; init; }

    /// <summary>Gets the folder name pages are shown under in reports, e.g. <c>output</c> for <c>output/about/index.html</c>.</summary>
    public string DisplayRoot { get; init; } = "output";

    /// <summary>Gets where the site is published; links must stay under its path. <c>/</c> unless set.</summary>
    public BaseUrl BaseUrl { get; init; } = BaseUrl.Root;

    /// <summary>Gets the source file of each output file (output-relative path → site-relative source path), known only when called from the build.</summary>
    public IReadOnlyDictionary<string, string>? Sources { get; init; }

    /// <summary>Gets the built site's files by output-relative path, when the build kept them in memory; <see langword="null"/> to read them from <see cref="Root"/>.</summary>
    public IReadOnlyDictionary<string, byte[]>? Files { get; init; }

    /// <summary>Gets the pages the build read as it wrote them, by output-relative path; any other file is read from the folder.</summary>
    public IReadOnlyDictionary<string, PageScan>? Scanned { get; init; }

    /// <summary>Gets where the scans of unchanged files are kept between checks, or <see langword="null"/> to parse every file.</summary>
    public PageScanCache? ScanCache { get; init; }

    /// <summary>Gets the links to leave alone: a link is ignored when it, or the absolute URL it resolves to, starts with one of these. None unless set.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Gets the paths outside the base path that links may point at because another check covers them (a
    /// partnership's links to its county's pages, checked with the whole county), e.g. <c>/community-safety/</c>.</summary>
    public IReadOnlySet<string> CheckedElsewhere { get; init; } = new HashSet<string>();

    /// <summary>Gets a value indicating whether external links are checked over HTTP (off unless set: they are only listed).</summary>
    public bool CheckExternal { get; init; }

    /// <summary>Gets how external links are checked when <see cref="CheckExternal"/> is on.</summary>
    public ExternalLinkOptions External { get; init; } = new();
}
