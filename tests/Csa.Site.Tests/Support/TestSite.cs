using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csa.Site.Building;

namespace Csa.Site.Tests.Support;

/// <summary>Writes a whole site from an inline description (<c>-- path --</c> sections) to a temporary folder and builds it.</summary>
/// <remarks>Without theme files in the description, a small marker theme is used whose layouts print
/// <c>title: ...|</c>-style markers that tests assert on, in the manner of Hugo's integration tests.</remarks>
internal sealed class TestSite : IDisposable
{
    public const string MarkerTheme = """
        -- themes/default/layouts/page.html --
        <!DOCTYPE html><html lang="en-GB"><head><title>{{ page.title }}</title></head><body>
        <main>layout: page|title: {{ page.title }}|url: {{ page.url }}|
        <nav class="crumbs">{{ for c in page.breadcrumbs }}<a href="{{ c.url }}">{{ c.nav_title }}</a>{{ end }}</nav>
        <nav class="toc">{{ for e in page.toc }}<a class="l{{ e.level }}" href="#{{ e.id }}">{{ e.text }}</a>{{ end }}</nav>
        <div class="content">{{ page.content }}</div>
        {{ if page.prev }}<a rel="prev" href="{{ page.prev.url }}">{{ page.prev.title }}</a>{{ end }}
        {{ if page.next }}<a rel="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{{ end }}
        <ul class="menu">{{ for m in site.menu }}<li><a href="{{ m.url }}">{{ m.nav_title }}</a></li>{{ end }}</ul>
        </main></body></html>
        -- themes/default/assets/site.css --
        body { color: black; }
        """;

    private readonly bool _ownsRoot;

    public TestSite(string files, bool withMarkerTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "csa-site-tests", Guid.NewGuid().ToString("N"));
        _ownsRoot = true;
        Directory.CreateDirectory(Root);
        if (withMarkerTheme && !files.Contains("-- themes/", StringComparison.Ordinal))
        {
            WriteFiles(MarkerTheme);
        }

        if (!files.Contains("-- content/site.yml --", StringComparison.Ordinal))
        {
            WriteFiles("-- content/site.yml --\ntitle: Test Partnership\n");
        }

        WriteFiles(files);
    }

    public string Root { get; }

    /// <summary>Creates a test site holding a copy of every file of a folder, e.g. of a site built once for many tests.</summary>
    /// <param name="folder">The folder to copy.</param>
    /// <returns>The new site, which owns its copy.</returns>
    public static TestSite CopyOf(string folder)
    {
        var site = new TestSite(string.Empty, withMarkerTheme: false);
        File.Delete(Path.Combine(site.Root, "content", "site.yml"));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }

    public string Output => Path.Combine(Root, "output");

    public BuildResult? Result { get; private set; }

    /// <summary>Writes <c>-- path --</c> sections to the site folder (replacing files of the same name).</summary>
    public void WriteFiles(string files)
    {
        string? path = null;
        var body = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush(path, body);
                path = line[3..^3];
                body.Clear();
            }
            else if (path is not null)
            {
                body.Add(line);
            }
        }

        Flush(path, body);
    }

    /// <summary>Copies a folder of the repository (e.g. <c>content/data</c>) into the same place in this site.</summary>
    public void CopyFromRepository(string relativeFolder)
    {
        var source = Path.Combine(RepositoryRoot.Find(), relativeFolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, relativeFolder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public BuildResult Build(BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        Result = SiteBuilder.Build(options with { SiteRoot = Root, BuildDate = options.BuildDate ?? new DateOnly(2026, 1, 1) });
        return Result;
    }

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded with no warnings.</summary>
    public BuildResult BuildClean(BuildOptions? options = null)
    {
        var result = Build(options);
        Assert.True(result.Succeeded && result.Warnings == 0, "expected a clean build, got:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public bool OutputExists(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>Asserts that an output file contains each expected text, or lacks it when the text starts with <c>! </c>.</summary>
    public void AssertFileContent(string relative, params string[] expected)
    {
        Assert.True(OutputExists(relative), $"output file '{relative}' does not exist");
        var text = ReadOutput(relative);
        foreach (var e in expected)
        {
            if (e.StartsWith("! ", StringComparison.Ordinal))
            {
                Assert.False(text.Contains(e[2..], StringComparison.Ordinal), $"'{relative}' should not contain '{e[2..]}'\n---\n{text}");
            }
            else
            {
                Assert.True(text.Contains(e, StringComparison.Ordinal), $"'{relative}' should contain '{e}'\n---\n{text}");
            }
        }
    }

    public IDocument Html(string relative) => new HtmlParser().ParseDocument(ReadOutput(relative));

    /// <summary>Returns a hash of every file (path and bytes) in the output folder, to prove it was left untouched.</summary>
    public string HashOutput() => HashFolder(Output);

    public static string HashFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "(missing)";
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        if (_ownsRoot && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Flush(string? path, List<string> body)
    {
        if (path is null)
        {
            return;
        }

        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var lines = body.ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        File.WriteAllText(full, string.Join('\n', lines) + "\n");
    }
}
