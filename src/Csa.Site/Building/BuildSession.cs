using System.Security.Cryptography;
using System.Text;
using Csa.Site.Charts;
using Csa.Site.Checks;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Output;
using Csa.Site.Printing;
using Csa.Site.Tables;
using Csa.Site.Templates;

namespace Csa.Site.Building;

/// <summary>Builds the same site again and again (<c>csa-site serve</c>), reusing what did not change since the last build:
/// pages, charts, table downloads and link-check parses; only files whose bytes changed are written to the output.</summary>
/// <remarks>
/// <para>Every build runs the stages of <see cref="SiteBuilder"/> into memory, so its output is byte-for-byte that of a full
/// build. What is reused is decided by content hashes, conservatively:</para>
/// <list type="bullet">
/// <item>A page is rendered again unless its file, its layout, the snippets it included (recorded while it rendered,
/// <see cref="TemplateDependencies"/>), the navigation (every page's URL, title and front matter) and everything shared are
/// unchanged. Shared is every content file that is not a page or a snippet (<c>site.yml</c>, tables, images), the snippets'
/// names and every theme file but the layouts; so a change to a table, a partial or a component renders every page again,
/// and a change to a layout or a snippet only the pages that use it. The whole-plan page is always rendered again.</item>
/// <item>A chart is drawn again unless its block, its file name, the tables it names and its settings (<c>site.yml</c>,
/// the data descriptor, fonts, components) are unchanged (<see cref="ChartCache"/>).</item>
/// <item>Only pages that rendered without any diagnostic are kept, so warnings are reported again by the next build.</item>
/// </list>
/// <para>Files are written to the output only after the whole build succeeded, each by writing a temporary file and renaming
/// it over the old one; files no longer produced are deleted. The first build (and any build after a failure to write)
/// replaces the output folder whole, as <see cref="SiteBuilder.Build"/> does. Builds of one session run one at a time.</para>
/// </remarks>
public sealed class BuildSession
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly object _gate = new();
    private Dictionary<string, PageEntry> _pages = new(StringComparer.Ordinal);
    private (string Path, PageEntry Entry)? _document;
    private bool _deferring;
    private bool _wholePlanDeferred;
    private IReadOnlyList<string>? _changedFiles;
    private Dictionary<string, byte[]>? _published;
    private (string Key, byte[] Bytes)? _social;
    private bool _succeeded = true;
    private (string Key, Dictionary<string, byte[]> Files, IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> Downloads)? _tables;

    /// <summary>Initializes a new instance of the <see cref="BuildSession"/> class.</summary>
    /// <param name="options">What to build; a PDF printer is not used.</param>
    public BuildSession(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options with { PdfPrinter = null };
    }

    /// <summary>Gets what is built.</summary>
    public BuildOptions Options { get; }

    /// <summary>Gets the number of pages the last build rendered.</summary>
    public int PagesRendered { get; private set; }

    /// <summary>Gets the number of pages the last build reused as the build before wrote them.</summary>
    public int PagesReused { get; private set; }

    /// <summary>Gets the number of charts the last build drew.</summary>
    public int ChartsDrawn { get; private set; }

    /// <summary>Gets the number of charts the last build reused.</summary>
    public int ChartsReused { get; private set; }

    /// <summary>Gets the number of output files the last successful build wrote or deleted (all of them when it replaced the folder).</summary>
    public int FilesChanged { get; private set; }

    /// <summary>Gets the output paths of the pages the last build rendered (not reused), in build order.</summary>
    public IReadOnlyList<string> RenderedPages { get; private set; } = [];

    /// <summary>Gets the drawn charts kept between builds.</summary>
    internal ChartCache Charts { get; } = new();

    /// <summary>Gets the snippets each page of the current build included.</summary>
    internal TemplateDependencies Dependencies { get; private set; } = new();

    /// <summary>Gets the pages' bodies rewritten for the whole-plan document, kept between builds.</summary>
    internal PrintPartCache PrintParts { get; } = new();

    /// <summary>Gets the link-check parses kept between builds.</summary>
    internal PageScanCache Scans { get; } = new();

    /// <summary>Builds the site, reusing what did not change since the last build of this session.</summary>
    /// <returns>The diagnostics and counts, as <see cref="SiteBuilder.Build"/> reports them.</returns>
    public BuildResult Build() => Build(deferWholePlan: false);

    /// <summary>Builds the site, reusing what did not change since the last build of this session; asked to, it leaves
    /// the whole-plan page (which holds every page, and is the costliest to render and check) as the last good build
    /// wrote it, so the page that was edited is published sooner. A second build, not deferring, then brings that
    /// page up to date; a deferred build that fails is not to be shown, as the out-of-date page may be the cause.</summary>
    /// <param name="deferWholePlan">Whether to leave the whole-plan page as it was, when the last build succeeded.</param>
    /// <returns>The diagnostics and counts, as <see cref="SiteBuilder.Build"/> reports them, with the files the build
    /// changed and whether it deferred the whole-plan page (read here, as another build may start once this returns).</returns>
    public BuildResult Build(bool deferWholePlan)
    {
        lock (_gate)
        {
            PagesRendered = PagesReused = ChartsDrawn = ChartsReused = FilesChanged = 0;
            RenderedPages = [];
            _changedFiles = null;
            _wholePlanDeferred = false;
            _deferring = deferWholePlan && _succeeded;
            Charts.Trim(forget: _succeeded);
            Dependencies = new TemplateDependencies();
            var result = SiteBuilder.Run(Options, this);
            _succeeded = result.Succeeded;
            ChartsDrawn = Charts.Drawn;
            ChartsReused = Charts.Reused;
            return result with { ChangedFiles = _changedFiles, WholePlanDeferred = _wholePlanDeferred };
        }
    }

    /// <summary>Hashes the site's files before any stage reads them, so a file changed during the build is seen as changed by the next one.</summary>
    /// <returns>The fingerprints of this build's files.</returns>
    internal Snapshot TakeSnapshot()
    {
        var shared = new Fingerprint();
        var charts = new Fingerprint();
        var tables = new Fingerprint();
        foreach (var part in new Fingerprint[] { shared, charts, tables })
        {
            part.Add(Options.SiteRoot, Options.Content, Options.Theme, Options.Output, Options.BaseUrl ?? "-", Options.IncludeDrafts ? "drafts" : "-",
                (Options.BuildDate ?? DateOnly.FromDateTime(DateTime.Today)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Options.RunChecks ? "check" : "-", Options.WarningsAsErrors ? "strict" : "-");
        }

        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        var snippetPrefix = Options.DisplayPath(Options.Content) + "/" + SnippetTemplates.Folder + "/";
        foreach (var file in SourceTree.Files(Options.Content))
        {
            var relative = Path.GetRelativePath(Options.Content, file).Replace('\\', '/');
            if (IsPageFile(relative))
            {
                continue;
            }

            var bytes = ReadOrUnique(file);
            if (relative.StartsWith(SnippetTemplates.Folder + "/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal))
            {
                // A snippet: only the pages that include it depend on its text; every page on which snippets exist (has_snippet).
                snippets[snippetPrefix + relative[(SnippetTemplates.Folder.Length + 1)..]] = Convert.ToHexString(SHA256.HashData(bytes));
                shared.Add("snippet", "content/" + relative);
                continue;
            }

            shared.Add("content/" + relative, bytes);
            tables.Add("content/" + relative, bytes);
            if (!relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !relative.StartsWith('_'))
            {
                charts.Add("content/" + relative, bytes);
            }
        }

        var layouts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SourceTree.Files(Options.Theme))
        {
            var relative = Path.GetRelativePath(Options.Theme, file).Replace('\\', '/');
            var bytes = ReadOrUnique(file);
            if (relative.StartsWith("layouts/", StringComparison.Ordinal) && relative.EndsWith(".html", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1)
            {
                layouts[relative["layouts/".Length..^".html".Length]] = Convert.ToHexString(SHA256.HashData(bytes));
                continue;
            }

            shared.Add("theme/" + relative, bytes);
            if (!relative.StartsWith("layouts/", StringComparison.Ordinal) && !relative.StartsWith("pages/", StringComparison.Ordinal) && !relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                charts.Add("theme/" + relative, bytes);
            }
        }

        return new Snapshot(shared.Hash(), charts.Hash(), tables.Hash(), layouts, snippets);
    }

    /// <summary>Works out what each page of this build depends on, and which pages can be reused.</summary>
    /// <param name="snapshot">The fingerprints of this build's files.</param>
    /// <param name="pages">The pages with their URLs.</param>
    /// <param name="theme">The parsed theme, for each page's layout.</param>
    /// <returns>The plan of this build.</returns>
    internal SessionPlan Prepare(Snapshot snapshot, IReadOnlyList<Page> pages, ThemeTemplates theme)
    {
        var layouts = snapshot.Layouts;
        // The navigation: every page's place, title and front matter (which templates may read on any page).
        var navigation = new Fingerprint();
        foreach (var page in pages)
        {
            var source = page.Source;
            navigation.Add(source.SitePath, source.ContentPath, page.Url, page.OutputPath, page.Title, page.NavTitle, FrontMatter(source));
        }

        // The data page's data_rows calls say which tables' rows every page's "Where these figures come from" links to:
        // a change to it renders every page; when it is reused, its calls are noted again as they were (Reuse).
        var dataPage = new Fingerprint();
        dataPage.Add(pages.FirstOrDefault(p => p.Url == DataFunctions.DataPage)?.Source.Text ?? "-");
        var common = snapshot.Shared + navigation.Hash() + dataPage.Hash();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var source = page.Source;
            if (PrintSettings.IsDocument(page))
            {
                // The whole plan holds every page: rendered again by every build that does not defer it.
                continue;
            }

            var layout = source.Meta.Layout ?? (page.IsHome && theme.Layouts.ContainsKey(ThemeTemplates.HomeLayout) ? ThemeTemplates.HomeLayout : ThemeTemplates.DefaultLayout);
            var key = new Fingerprint();
            key.Add(common, source.SitePath, source.ContentPath, page.Url, page.OutputPath, source.Text, layout, layouts.GetValueOrDefault(layout) ?? "-");
            keys[page.OutputPath] = key.Hash();
        }

        Charts.Environment = snapshot.Charts;
        var reused = new Dictionary<string, ReusedPage>(StringComparer.Ordinal);
        var distinct = pages.Select(p => p.OutputPath).Distinct(StringComparer.Ordinal).Count() == pages.Count;
        foreach (var (path, key) in distinct ? keys : [])
        {
            if (_pages.TryGetValue(path, out var entry) && entry.Key == key
                && entry.Snippets.All(s => snapshot.Snippets.TryGetValue(s.Key, out var hash) && hash == s.Value))
            {
                reused[path] = entry.Page;
            }
        }

        // Deferred, the whole-plan page is written as the last good build wrote it, when it is still the same page.
        var documents = pages.Where(PrintSettings.IsDocument).ToList();
        if (_deferring && distinct && _document is { } document && documents.Count == 1 && documents[0].OutputPath == document.Path)
        {
            reused[document.Path] = document.Entry.Page;
            _wholePlanDeferred = true;
        }

        return new SessionPlan(keys, reused, snapshot.Tables, snapshot.Snippets);
    }

    /// <summary>Publishes the tables' downloads into the staging, reusing those of the last build when no table, descriptor or setting changed.</summary>
    /// <param name="plan">This build's plan.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="staging">The build's staging, in memory.</param>
    /// <param name="config">The site settings.</param>
    /// <returns>The downloads of each table, by table name.</returns>
    internal IReadOnlyDictionary<string, IReadOnlyList<TableDownload>> PublishTables(SessionPlan plan, SiteData data, StagingFolder staging, SiteConfig config)
    {
        if (_tables is not { } kept || kept.Key != plan.TablesKey)
        {
            var scratch = StagingFolder.InMemory(Options.Output);
            var downloads = Building.PublishTables.Run(data, scratch, config);
            var files = scratch.Files!.Where(f => f.Key != OutputFolderGuard.MarkerFileName).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            kept = (plan.TablesKey, files, downloads);
            _tables = kept;
        }

        foreach (var (path, bytes) in kept.Files)
        {
            staging.WriteBytes(path, bytes);
        }

        return kept.Downloads;
    }

    /// <summary>Returns the social preview image, reusing the last one when its text, fonts and settings are unchanged.</summary>
    /// <param name="text">What the image shows.</param>
    /// <param name="paint">Paints the image.</param>
    /// <returns>The PNG bytes.</returns>
    internal byte[] SocialImage(string text, Func<byte[]> paint)
    {
        var key = Charts.Environment + "\0" + text;
        if (_social is not { } kept || kept.Key != key)
        {
            kept = (key, paint());
            _social = kept;
        }

        return kept.Bytes;
    }

    /// <summary>Makes the drafts of the pages: reused pages as they were (their chart files staged and claimed), the others to render.</summary>
    /// <param name="plan">This build's plan.</param>
    /// <param name="pages">The pages.</param>
    /// <param name="staging">The build's staging.</param>
    /// <param name="claim">Claims a chart file name for a page.</param>
    /// <param name="printed">Where the tables whose rows a reused page shows are noted again.</param>
    /// <param name="link">Gives a site URL as links are written.</param>
    /// <returns>The pages to render.</returns>
    internal IReadOnlyList<Page> Reuse(SessionPlan plan, IReadOnlyList<Page> pages, StagingFolder staging, Action<string, string> claim, PrintedRows printed, Func<string, string> link)
    {
        var render = new List<Page>();
        foreach (var page in pages)
        {
            if (plan.Reused.ContainsKey(page.OutputPath))
            {
                var entry = _pages.GetValueOrDefault(page.OutputPath) ?? _document!.Value.Entry;
                foreach (var table in entry.RowsShown)
                {
                    printed.ShowRows(link(page.Url), table);
                }

                foreach (var stem in entry.ChartStems)
                {
                    claim(stem, page.Url);
                    Charts.Keep(stem);
                }

                foreach (var (path, bytes) in entry.ChartFiles)
                {
                    staging.WriteBytes(path, bytes);
                }
            }
            else
            {
                render.Add(page);
            }
        }

        PagesReused = pages.Count - render.Count;
        PagesRendered = render.Count;
        RenderedPages = [.. render.Select(p => p.OutputPath)];
        return render;
    }

    /// <summary>Writes what changed to the output folder and keeps this build's pages for the next build.</summary>
    /// <param name="plan">This build's plan.</param>
    /// <param name="staging">The finished build, in memory.</param>
    /// <param name="drafts">Every page of the build.</param>
    /// <param name="claimed">The chart file names claimed, with the URL of the page that writes them.</param>
    /// <param name="diagnostics">The build's diagnostics (no errors).</param>
    /// <param name="printed">The rows the build's pages printed and the tables whose rows they showed.</param>
    /// <param name="link">Gives a site URL as links are written.</param>
    internal void Publish(SessionPlan plan, StagingFolder staging, IReadOnlyList<PageDraft> drafts, IReadOnlyDictionary<string, string> claimed, IReadOnlyList<Diagnostic> diagnostics, PrintedRows printed, Func<string, string> link)
    {
        var files = new Dictionary<string, byte[]>(staging.Files!, StringComparer.Ordinal);
        var previous = _published;
        _published = null;
        if (previous is null || !Directory.Exists(Options.Output))
        {
            // First build (or the output's state is unknown): replace the folder whole.
            var full = new StagingFolder(Options.Output);
            try
            {
                foreach (var (path, bytes) in files)
                {
                    full.WriteBytes(path, bytes);
                }

                full.Commit();
            }
            catch
            {
                full.Discard();
                throw;
            }

            FilesChanged = files.Count;
        }
        else
        {
            var changed = Synchronise(previous, files);
            FilesChanged = changed.Count;
            _changedFiles = changed;
        }

        _published = files;
        Keep(plan, staging, drafts, claimed, diagnostics, printed, link);
    }

    // A file that went away or cannot be read while an editor saves it stands for a change: it matches nothing kept.
    private static byte[] ReadOrUnique(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Guid.NewGuid().ToByteArray();
        }
    }

    private static bool IsPageFile(string relative) =>
        relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && !relative.StartsWith(ContentFiles.DataFolder + "/", StringComparison.Ordinal)
        && !relative.Split('/').Any(s => s.StartsWith('.') || (s.StartsWith('_') && s != "_index.md"));

    private static string FrontMatter(PageSource source)
    {
        // The lines before the body: the front matter and its fences.
        var end = 0;
        for (var line = 1; line < source.BodyLine && end >= 0 && end < source.Text.Length; line++)
        {
            end = source.Text.IndexOf('\n', end);
            end = end < 0 ? source.Text.Length : end + 1;
        }

        return source.Text[..Math.Min(Math.Max(end, 0), source.Text.Length)];
    }

    private List<string> Synchronise(Dictionary<string, byte[]> previous, Dictionary<string, byte[]> files)
    {
        var changed = new List<string>();
        var root = Path.GetFullPath(Options.Output);
        foreach (var (path, bytes) in files)
        {
            if (previous.TryGetValue(path, out var old) && (ReferenceEquals(old, bytes) || old.AsSpan().SequenceEqual(bytes)))
            {
                continue;
            }

            var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".csa-site-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
            changed.Add(path);
        }

        foreach (var path in previous.Keys.Where(p => !files.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(full))
            {
                File.Delete(full);
            }

            changed.Add(path);
            for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }

        return changed;
    }

    private void Keep(SessionPlan plan, StagingFolder staging, IReadOnlyList<PageDraft> drafts, IReadOnlyDictionary<string, string> claimed, IReadOnlyList<Diagnostic> diagnostics, PrintedRows printed, Func<string, string> link)
    {
        // A diagnostic not at a page's own file (a snippet, the theme, the link check) may come from any page, and an include
        // of a snippet on no known page may be any page's: keep none.
        var pagePaths = drafts.Select(d => d.Page.Source.SitePath).ToHashSet(StringComparer.Ordinal);
        if (diagnostics.Any(d => !pagePaths.Contains(d.Path)) || Dependencies.Unattributed)
        {
            _pages = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
            _document = null;
            return;
        }

        // The whole-plan page, kept only to be written again by a deferred build (never reused by a full one).
        var documents = drafts.Where(d => PrintSettings.IsDocument(d.Page)).ToList();
        _document = documents.Count != 1 ? null
            : documents[0].Reused is not null ? _document
            : documents[0].Rendered is { } whole && staging.Files!.TryGetValue(documents[0].Page.OutputPath, out var wholeHtml)
                ? (documents[0].Page.OutputPath, new PageEntry(string.Empty, new ReusedPage(whole, _utf8.GetString(wholeHtml)) { Bytes = wholeHtml }, [], [], new Dictionary<string, string>(StringComparer.Ordinal)))
                : null;

        var noisy = diagnostics.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var stems = claimed.GroupBy(c => c.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(c => c.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var pages = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var page = draft.Page;
            if (!plan.Keys.TryGetValue(page.OutputPath, out var key) || noisy.Contains(page.Source.SitePath))
            {
                continue;
            }

            if (draft.Reused is not null && _pages.TryGetValue(page.OutputPath, out var old))
            {
                pages[page.OutputPath] = old;
                continue;
            }

            if (draft.Rendered is not { } rendered || !staging.Files!.TryGetValue(page.OutputPath, out var html))
            {
                continue;
            }

            var pageStems = stems.GetValueOrDefault(page.Url) ?? [];
            var chartFiles = pageStems
                .SelectMany(s => new[] { s + ".svg", s + ".png" })
                .Where(staging.Files.ContainsKey)
                .Select(p => (p, staging.Files[p]))
                .ToList();
            var snippets = Dependencies.SnippetsOf(page.Url).ToDictionary(p => p, p => plan.Snippets.GetValueOrDefault(p) ?? "-", StringComparer.Ordinal);
            pages[page.OutputPath] = new PageEntry(key, new ReusedPage(rendered, _utf8.GetString(html)) { Bytes = html }, pageStems, chartFiles, snippets) { RowsShown = printed.RowsShownOn(link(page.Url)) };
        }

        _pages = pages;
    }

    /// <summary>What one build depends on.</summary>
    /// <param name="Keys">Each page's key, by output path (none for the whole-plan page).</param>
    /// <param name="Reused">The pages whose key is unchanged since they were kept, by output path.</param>
    /// <param name="TablesKey">The key of the tables' downloads.</param>
    /// <param name="Snippets">The hash of each snippet's text as this build started, by site path.</param>
    internal sealed record SessionPlan(IReadOnlyDictionary<string, string> Keys, IReadOnlyDictionary<string, ReusedPage> Reused, string TablesKey, IReadOnlyDictionary<string, string> Snippets);

    /// <summary>The fingerprints of a build's files, taken before any stage reads them.</summary>
    /// <param name="Shared">What every page depends on: settings, tables, assets, the theme but its layouts, the snippets' names.</param>
    /// <param name="Charts">What every chart depends on besides its block and tables.</param>
    /// <param name="Tables">What the tables' downloads depend on.</param>
    /// <param name="Layouts">The hash of each layout, by name.</param>
    /// <param name="Snippets">The hash of each snippet's text, by site path.</param>
    internal sealed record Snapshot(string Shared, string Charts, string Tables, IReadOnlyDictionary<string, string> Layouts, IReadOnlyDictionary<string, string> Snippets);

    private sealed record PageEntry(string Key, ReusedPage Page, IReadOnlyList<string> ChartStems, IReadOnlyList<(string Path, byte[] Bytes)> ChartFiles, IReadOnlyDictionary<string, string> Snippets)
    {
        // The tables whose rows the page shows (data_rows), noted again when it is reused.
        public IReadOnlyList<string> RowsShown { get; init; } = [];
    }

    private sealed class Fingerprint
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(params string[] parts)
        {
            foreach (var part in parts)
            {
                Add(Encoding.UTF8.GetBytes(part));
            }
        }

        public void Add(string name, byte[] bytes)
        {
            Add(name);
            Add(bytes);
        }

        public string Hash() => Convert.ToHexString(_hash.GetHashAndReset());

        private void Add(byte[] bytes)
        {
            _hash.AppendData(BitConverter.GetBytes(bytes.LongLength));
            _hash.AppendData(bytes);
        }
    }
}
