using System.Diagnostics;
using Csa.Site.Building;
using Csa.Site.Output;
using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Output;

/// <summary>Issue 15, data loss: a wrong --output must never delete an author's files, and a killed build never leaves the site missing.</summary>
public sealed class OutputFolderTests
{
    private const string Site = "-- content/index.md --\n---\ntitle: Home\n---\nHi.\n-- content/about.md --\n---\ntitle: About\n---\nAbout us.\n";

    [Theory]
    [InlineData("content", "it is the content folder 'content'")]
    [InlineData("content/sub", "it is inside the content folder 'content'")]
    [InlineData("themes/default", "it is the theme folder 'themes/default'")]
    [InlineData("themes/default/out", "it is inside the theme folder 'themes/default'")]
    [InlineData("themes", "it holds the theme folder 'themes/default'")]
    [InlineData(".", "it is the current folder")]
    [InlineData("..", "it holds the current folder")]
    [InlineData("/", "it is the root of the file system")]
    public void Build_refuses_an_output_folder_that_would_replace_the_authors_files(string output, string reason)
    {
        // Given: the trap was 'build --output content' replacing content/ with the built site, and '--output .' deleting the project.
        using var site = new TestSite(Site);
        var before = TestSite.HashFolder(site.Root);

        // When
        var run = CliTests.CsaSite(site.Root, "build", "--output", output, "--force");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"' as the output folder: {reason}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.HashFolder(site.Root));
    }

    [Fact]
    public void Build_refuses_the_home_folder()
    {
        // Given
        using var site = new TestSite(Site);
        var home = Path.Combine(site.Root, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, "letter.txt"), "mine");

        // When: HOME is the folder asked for
        var run = CsaSiteWithHome(site.Root, home, "build", "--output", "home", "--force");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is your home folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(home, "letter.txt")));
    }

    [Fact]
    public void Build_refuses_a_non_empty_folder_it_did_not_make_unless_forced()
    {
        // Given
        using var site = new TestSite(Site);
        var folder = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.docx"), "an author's file");

        // When
        var refused = CliTests.CsaSite(site.Root, "build", "--output", "public");

        // Then
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("it already holds files and was not made by csa-site", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "report.docx")));

        // When: the author says so
        var forced = CliTests.CsaSite(site.Root, "build", "--output", "public", "--force");

        // Then: replaced, and marked as the tool's own so later builds need no --force
        Assert.Equal(0, forced.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder, "report.docx")));
        Assert.Equal(OutputFolderGuard.MarkerTextFor("/"), File.ReadAllText(Path.Combine(folder, OutputFolderGuard.MarkerFileName)));
        Assert.Equal(0, CliTests.CsaSite(site.Root, "build", "--output", "public").ExitCode);
    }

    [Fact]
    public void Build_uses_a_new_or_empty_folder_and_replaces_its_own_output()
    {
        // Given
        using var site = new TestSite(Site);
        Directory.CreateDirectory(Path.Combine(site.Root, "empty"));

        // When
        var intoEmpty = CliTests.CsaSite(site.Root, "build", "--output", "empty");
        var intoNew = CliTests.CsaSite(site.Root, "build", "--output", "new/site");
        File.WriteAllText(Path.Combine(site.Root, "new/site/stray.html"), "left by hand");
        var again = CliTests.CsaSite(site.Root, "build", "--output", "new/site");

        // Then
        Assert.Equal((0, 0, 0), (intoEmpty.ExitCode, intoNew.ExitCode, again.ExitCode));
        Assert.True(File.Exists(Path.Combine(site.Root, "empty/about/index.html")));
        Assert.False(File.Exists(Path.Combine(site.Root, "new/site/stray.html")));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(site.Root, "new"), ".site.*"));
    }

    [Fact]
    public void Build_refuses_an_output_folder_that_is_a_symbolic_link()
    {
        // Given: a link to a folder elsewhere
        using var site = new TestSite(Site);
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "keep");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "output"), elsewhere);

        // When
        var run = CliTests.CsaSite(site.Root, "build");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is a symbolic link", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(elsewhere, "keep.txt")));
    }

    [Fact]
    public void The_engine_refuses_an_unsafe_output_folder_with_CSA0004_too()
    {
        // Given: a library caller, not the command line
        using var site = new TestSite(Site);
        var before = TestSite.HashFolder(Path.Combine(site.Root, "content"));

        // When
        var result = site.Build(new BuildOptions { OutputDirectory = Path.Combine(site.Root, "content") });

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CSA0004", error.Code);
        Assert.Equal(before, TestSite.HashFolder(Path.Combine(site.Root, "content")));
    }

    [Fact]
    public void A_build_removes_staging_folders_that_killed_builds_left_and_restores_an_output_a_killed_swap_left_missing()
    {
        // Given: a finished build, then what a build killed between two renames leaves: no output, the previous one aside,
        // and a staging folder, both from a process that no longer runs
        using var site = new TestSite(Site);
        site.BuildClean();
        var expected = site.HashOutput();
        var deadPid = DeadProcessId();
        var previous = Path.Combine(site.Root, $".output.previous-{deadPid}-{Guid.NewGuid():N}");
        var staging = Path.Combine(site.Root, $".output.staging-{deadPid}-{Guid.NewGuid():N}");
        var olderStaging = Path.Combine(site.Root, $".output.staging-{Guid.NewGuid():N}");
        Directory.Move(site.Output, previous);
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(olderStaging);
        var live = Path.Combine(site.Root, $".output.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(live);
        site.WriteFiles("-- content/about.md --\n---\ntitle: About\n---\n[Broken](missing.md)\n");

        // When: the next build fails, so it must not replace the output
        var result = site.Build();

        // Then: the last good output is back, byte for byte, and only the live process's folder is left
        Assert.False(result.Succeeded);
        Assert.Equal(expected, site.HashOutput());
        Assert.False(Directory.Exists(previous));
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(olderStaging));
        Assert.True(Directory.Exists(live));
    }

    [Fact]
    public void Killing_a_build_at_any_moment_leaves_a_whole_output_and_the_next_build_tidies_up()
    {
        // Given: a site of sixty pages with tables and charts, built once
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        site.WriteFiles(Csa.Site.Tests.Charts.ChartSites.AllCharts);
        for (var i = 1; i <= 60; i++)
        {
            site.WriteFiles($"-- content/pages/page-{i}.md --\n---\ntitle: Page {i}\n---\nBack [home](../index.md).\n\n{{{{ table 'ward-rates' {{}} }}}}\n");
        }

        Assert.Equal(0, CliTests.CsaSite(site.Root, "build", "--no-check").ExitCode);
        var expected = site.HashOutput();

        // When: builds are killed after different delays (the trap: a kill between two renames left no output at all)
        foreach (var delay in new[] { 150, 400, 700, 1000, 1300, 1700 })
        {
            using var process = Process.Start(CliTests.CsaSiteStartInfo(site.Root, "build", "--no-check"))!;
            Thread.Sleep(delay);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            // Then: there is always a complete output (the same input builds the same bytes)
            Assert.Equal(expected, site.HashOutput());
        }

        // Then: the next build removes every staging folder the killed builds left
        Assert.Equal(0, CliTests.CsaSite(site.Root, "build", "--no-check").ExitCode);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        Assert.Equal(expected, site.HashOutput());
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    private static (int ExitCode, string Stdout, string Stderr) CsaSiteWithHome(string workingDirectory, string home, params string[] args)
    {
        var info = CliTests.CsaSiteStartInfo(workingDirectory, args);
        info.Environment["HOME"] = home;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
