using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Csa.Site.Release;
using Csa.Site.Tests.Support;
using Csa.Site.Yaml;
using CsCheck;

namespace Csa.Site.Tests.Fuzzing;

/// <summary>Issue #29: the newer readers under mutated input, as <see cref="ReaderFuzzTests"/> does for the older ones:
/// the settings every build reads (help, print, release, abbreviations, wording, statistics), a county's list of
/// partnerships, the data folder with periods and the plan, and the release check. Each must report diagnostics, never
/// throw, and never hang. Seeds are the repository's own files; every figure in them is synthetic or the source's.</summary>
/// <remarks>Each runs for <c>CSA_FUZZ_SECONDS</c> seconds (1 unless set) on one thread, one site folder reused for every input.</remarks>
public sealed class SiteFuzzTests
{
    private static readonly string Root = RepositoryRoot.Find();

    // A mutation may split a surrogate pair; the file gets U+FFFD there, as an editor would save it.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] SettingsSeeds =
    [
        File.ReadAllText(Path.Combine(Root, "content", "site.yml")),
        File.ReadAllText(Path.Combine(Root, "src", "Csa.Site.Cli", "Starter", "site.yml")),
        File.ReadAllText(Path.Combine(Root, "tests", "Csa.Site.Tests", "Periods", "Example", "content", "site.yml")),
        "title: County\npartnerships:\n  - {path: north, content: ../north}\n  - path: south\n    content: ../south\n",
        "title: T\nhelp:\n  page: /about/\n  first: [police]\n  services:\n    - {id: police, name: Police, number: \"101\", web: https://www.police.test/}\nprint:\n  exclude: [/about/]\nrelease:\n  placeholders: [TODO]\n  accessibility_statement: /accessibility/\n",
    ];

    [Fact]
    public void The_site_settings_never_throw_or_hang_a_build()
    {
        // Given: a small site with the real theme's pages, whose site.yml each input replaces
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nSee [about](about.md).\n-- content/about.md --\n---\ntitle: About\nhelp: {services: [police]}\n---\nAbout.\n");
        var settings = Path.Combine(site.Root, "content", "site.yml");

        // When / Then
        Fuzz(SettingsSeeds, text =>
        {
            File.WriteAllText(settings, text, Utf8);
            SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, RunChecks = false, BuildDate = new DateOnly(2026, 1, 1) });
        });
    }

    [Fact]
    public void A_countys_list_of_partnerships_never_throws_or_hangs()
    {
        using var site = new TestSite(string.Empty);
        Directory.CreateDirectory(Path.Combine(site.Root, "north"));
        File.WriteAllText(Path.Combine(site.Root, "north", "site.yml"), "title: North\n");
        var options = new BuildOptions { SiteRoot = site.Root };
        Fuzz(SettingsSeeds, text =>
        {
            YamlDotNet.RepresentationModel.YamlNode? root;
            try
            {
                root = YamlReader.ReadNode(text);
            }
            catch (YamlParseException)
            {
                return;
            }

            CountyBuilder.PartnershipsOf(options, root, new DiagnosticBag());
        });
    }

    [Fact]
    public void The_data_folder_with_periods_and_a_plan_never_throws_or_hangs()
    {
        // Given: two data folders, one of several periods and one with the plan's tables; each input mutates one file of one
        var folders = new[]
        {
            Path.Combine(Root, "tests", "Csa.Site.Tests", "Periods", "Example", "content", "data"),
            Path.Combine(Root, "src", "Csa.Site.Cli", "Starter", "data"),
        };
        var files = folders.SelectMany(f => Directory.GetFiles(f).Order(StringComparer.Ordinal).Select(p => (Folder: f, Name: Path.GetFileName(p), Text: File.ReadAllText(p)))).ToArray();
        using var site = new TestSite("-- content/site.yml --\ntitle: T\n");
        var data = Path.Combine(site.Root, "content", "data");
        var options = new BuildOptions { SiteRoot = site.Root };

        // When / Then
        var gen = Gen.Select(Gen.Int[0, files.Length - 1], ReaderFuzzTests.Mutations).Select((f, m) => (File: files[f], Text: ReaderFuzzTests.Mutate(files[f].Text, m)));
        gen.Sample(
            input => ReaderFuzzTests.WithinTime(() =>
            {
                if (Directory.Exists(data))
                {
                    Directory.Delete(data, recursive: true);
                }

                Directory.CreateDirectory(data);
                foreach (var file in files.Where(f => f.Folder == input.File.Folder))
                {
                    File.WriteAllText(Path.Combine(data, file.Name), file.Name == input.File.Name ? input.Text : file.Text, Utf8);
                }

                var diagnostics = new DiagnosticBag();
                var tables = LoadTables.Run(options, new SourceFiles(), diagnostics);
                LoadPlan.Run(options, tables, diagnostics);
            }),
            time: ReaderFuzzTests.Seconds,
            threads: 1,
            print: input => input.File.Name + ": " + ReaderFuzzTests.Show(input.Text));
    }

    [Fact]
    public void The_release_check_never_throws_or_hangs()
    {
        // Given: a small site built once; each input replaces its site.yml, then the release check reads content and output
        using var site = new TestSite("-- content/site.yml --\ntitle: T\n-- content/index.md --\n---\ntitle: Home\n---\nThere were 1,234 crimes, TBC.\n");
        site.BuildClean();
        var settings = Path.Combine(site.Root, "content", "site.yml");

        // When / Then
        Fuzz(SettingsSeeds, text =>
        {
            File.WriteAllText(settings, text, Utf8);
            ReleaseChecker.CheckAsync(new ReleaseOptions
            {
                SiteRoot = site.Root,
                Content = Path.Combine(site.Root, "content"),
                Output = site.Output,
                Date = new DateOnly(2026, 3, 1),
                CheckExternal = false,
            }).GetAwaiter().GetResult();
        });
    }

    private static void Fuzz(string[] seeds, Action<string> read)
    {
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], ReaderFuzzTests.Mutations).Select((s, m) => ReaderFuzzTests.Mutate(seeds[s], m));
        gen.Sample(text => ReaderFuzzTests.WithinTime(() => read(text)), time: ReaderFuzzTests.Seconds, threads: 1, print: ReaderFuzzTests.Show);
    }
}
