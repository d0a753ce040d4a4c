using System.Diagnostics;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Cli;

/// <summary>Runs the command line: most runs in this process, and those that prove the program itself as a process of its own.</summary>
public sealed class CliTests
{
    [Fact]
    public void Build_with_defaults_writes_output_and_a_summary_line()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nHi.\n");

        // When: as a shell runs it, a process of its own
        var run = CsaSiteProcess(site.Root, "build");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Built 1 page, 0 tables, 0 charts and 3 other files into 'output' in \d+\.\d\d s \(0 warnings, 0 errors\)\.$", run.Stdout.Trim());
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Build_options_choose_folders_base_url_and_drafts()
    {
        // Given
        using var site = new TestSite("""
            -- src/pages/index.md --
            ---
            title: Home
            ---
            [Draft](draft.md)
            -- src/pages/draft.md --
            ---
            title: Draft
            draft: true
            ---
            -- src/pages/site.yml --
            title: Options
            -- look/layouts/page.html --
            {{ page.title }}|{{ page.content }}
            """, withMarkerTheme: false);

        // When
        var run = CsaSite(site.Root, "build", "--content", "src/pages", "--theme", "look", "--output", "public", "--base-url", "/cs/", "--drafts", "--date", "2020-04-01");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("href=\"/cs/draft/\"", File.ReadAllText(Path.Combine(site.Root, "public/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "public/draft/index.html")));
    }

    [Fact]
    public void Build_errors_go_to_stderr_with_file_and_line_a_non_zero_exit_and_untouched_output()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nHi.\n");
        Assert.Equal(0, CsaSite(site.Root, "build").ExitCode);
        var before = site.HashOutput();
        site.WriteFiles("-- content/index.md --\n---\ntitle: Home\nlayout: nope\n---\n{{ broken }}\n");

        // When: as a shell runs it, a process of its own
        var run = CsaSiteProcess(site.Root, "build");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/index.md:3:1: error CSA0201: unknown layout 'nope'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("content/index.md:5:4: error CSA0204:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build failed: 2 errors", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.HashOutput());
    }

    [Theory]
    [InlineData("build", "--help")]
    [InlineData("--help")]
    public void Help_is_available_on_every_command(params string[] args)
    {
        // When
        var run = CsaSiteProcess(Path.GetTempPath(), args);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        // When
        var run = CsaSite(Path.GetTempPath(), "build", "--date", "1st April");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Stderr, StringComparison.Ordinal);
    }

    internal static ProcessStartInfo CsaSiteStartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "csa-site.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>Runs <c>csa-site</c> with its own output, error and current folder, in this process: the same command line,
    /// parse and commands as the program, without a runtime to start for each run.</summary>
    internal static (int ExitCode, string Stdout, string Stderr) CsaSite(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = Csa.Site.Cli.CsaSiteCli.Run(args, new Csa.Site.Cli.CliConsole(stdout, stderr, workingDirectory));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>csa-site</c> as a process of its own, as a shell runs it.</summary>
    internal static (int ExitCode, string Stdout, string Stderr) CsaSiteProcess(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(CsaSiteStartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
