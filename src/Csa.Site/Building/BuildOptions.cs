namespace Csa.Site.Building;

/// <summary>Says what to build and how; every default matches <c>csa-site build</c> run in a site folder.</summary>
public sealed record BuildOptions
{
    /// <summary>Gets the folder paths in diagnostics are relative to; the current folder unless set.</summary>
    public string SiteRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Gets the content folder (<c>content/</c> under the site root unless set).</summary>
    public string? ContentDirectory { get; init; }

    /// <summary>Gets the theme folder (<c>themes/default/</c> under the site root unless set).</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>Gets the output folder (<c>output/</c> under the site root unless set).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Gets the county the site is built as part of, or <see langword="null"/> for a site on its own.</summary>
    public Configuration.CountyContext? County { get; init; }

    /// <summary>Gets how reports name the output folder; its path relative to the site root unless set (a county names
    /// a partnership's part of its own output, not the folder it is built in).</summary>
    public string? OutputDisplayName { get; init; }

    /// <summary>Gets the output folder as reports name it.</summary>
    public string OutputDisplay => OutputDisplayName ?? DisplayPath(Output);

    /// <summary>Gets the base URL, overriding <c>base_url</c> in <c>site.yml</c>; <c>/</c> when neither is set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets a value indicating whether pages marked <c>draft: true</c> are built.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Gets the date the site is built as of: pages whose <c>publish_date</c> is later are left out. Today unless set.</summary>
    public DateOnly? BuildDate { get; init; }

    /// <summary>Gets a value indicating whether a warning fails the build (and leaves the output untouched) like an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Gets a value indicating whether the built site's links, ids, reachability and sitemap are checked before it replaces the output (on unless set; <c>--no-check</c>).</summary>
    public bool RunChecks { get; init; } = true;

    /// <summary>Gets a value indicating whether a non-empty output folder not made by the tool may be replaced (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Gets what prints the whole plan to a PDF (<c>build --pdf</c>), or <see langword="null"/> for no PDF.</summary>
    public Printing.IPagePrinter? PdfPrinter { get; init; }

    /// <summary>Gets the resolved content folder.</summary>
    public string Content => Path.GetFullPath(ContentDirectory ?? Path.Combine(SiteRoot, "content"));

    /// <summary>Gets the resolved theme folder.</summary>
    /// <remarks>Unless set: <c>themes/default/</c> under the site root when it exists, else the default theme installed
    /// beside the tool (<see cref="BundledTheme"/>).</remarks>
    public string Theme => Path.GetFullPath(ThemeDirectory ?? (Directory.Exists(Path.Combine(SiteRoot, "themes", "default")) || !Directory.Exists(BundledTheme)
        ? Path.Combine(SiteRoot, "themes", "default")
        : BundledTheme));

    /// <summary>Gets the default theme installed beside the running program (<c>themes/default/</c> next to <c>csa-site</c>).</summary>
    public static string BundledTheme => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    /// <summary>Gets the resolved output folder.</summary>
    public string Output => Path.GetFullPath(OutputDirectory ?? Path.Combine(SiteRoot, "output"));

    /// <summary>Returns why the output folder must not be replaced by this build, or <see langword="null"/> when it may.</summary>
    /// <param name="more">Other folders of the build the output must not be, hold or sit inside, such as a county's
    /// partnerships' content folders, with what to call each; <c>--force</c> never overrides them either.</param>
    /// <returns>A sentence saying why, or <see langword="null"/>.</returns>
    public string? OutputRefusal(IEnumerable<(string Path, string Name)>? more = null) =>
        Csa.Site.Output.OutputFolderGuard.Refusal(Output, [(Content, $"the content folder '{DisplayPath(Content)}'"), (Theme, $"the theme folder '{DisplayPath(Theme)}'"), .. more ?? []], SiteRoot, Force);

    /// <summary>Returns a path as shown in diagnostics: relative to the site root with forward slashes when inside it.</summary>
    /// <param name="fullPath">A full path.</param>
    /// <returns>The display path.</returns>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(SiteRoot), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }
}
