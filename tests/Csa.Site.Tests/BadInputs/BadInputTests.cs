using System.Diagnostics;
using System.Text;
using Csa.Site.Tests.Charts;
using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.BadInputs;

/// <summary>Runs the bad-input corpus (<c>BadInputs/Cases/*.txt</c>, issue 15): each breaks a good site in one way and runs
/// <c>csa-site</c> as a process.</summary>
/// <remarks>For each case: the exit code is 1 (2 for usage errors), the expected code is reported at its file and line,
/// there is no stack trace or internal error, and the previous output is byte-for-byte as it was.</remarks>
public sealed class BadInputTests
{
    /// <summary>Gets a small good site (synthetic data) that every case breaks in one way.</summary>
    public const string BaseSite = """
        -- content/site.yml --
        title: Test Partnership
        description: A synthetic site for the bad-input corpus.
        -- content/index.md --
        ---
        title: Home
        ---
        Welcome. Read [about us](about.md) and see [the charts](charts.md).

        {{ include 'note.md' }}
        -- content/about.md --
        ---
        title: About
        order: 2
        ---
        Hightown had {{ figure 'ward-rates' 'Hightown' 'all_crime' }} crimes per 1,000 people.

        Back [home](index.md).
        -- content/charts.md --
        ---
        title: Charts
        order: 3
        ---
        Ward rates.

        ```chart
        type: ranked-bars
        table: ward-rates
        category: ward
        value: all_crime
        title: Hightown has the highest rate
        subtitle: Offences per 1,000 residents, synthetic wards, 2018-19
        ```
        -- content/_snippets/note.md --
        A note shared by pages.
        """;

    // The good site every case breaks, built once per test run; each case works on a copy of it, output and all.
    private static readonly Lazy<TestSite> _builtBaseSite = new(() =>
    {
        var site = ChartSites.Create(ChartSites.Data + "\n" + BaseSite);
        site.BuildClean();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
        return site;
    });

    [Fact]
    public void The_corpus_has_at_least_60_cases_and_covers_every_diagnostic_code()
    {
        // Given
        var cases = BadInputCase.All().Select(c => BadInputCase.Load((string)c[0])).ToList();
        var codes = typeof(Csa.Site.Diagnostics.DiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Empty(codes.Except(cases.Select(c => c.Code)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadInputCase.All), MemberType = typeof(BadInputCase))]
    public void A_bad_input_fails_at_its_place_and_leaves_the_output_untouched(string name)
    {
        // Given: the good site, built (once for every case, and copied)
        var input = BadInputCase.Load(name);
        using var site = TestSite.CopyOf(_builtBaseSite.Value.Root);
        var before = site.HashOutput();

        // When: broken in one way and built (or checked) by the command
        var root = input.Command == "check" ? site.Output : site.Root;
        Break(root, input);
        var run = CliTests.CsaSite(site.Root, [input.Command, .. input.Args]);

        // Then
        var report = $"{name}: exit {run.ExitCode}\n{run.Stderr}{run.Stdout}";
        Assert.True(input.Exit == run.ExitCode, report);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        if (input.Exit == 2)
        {
            Assert.True(run.Stderr.Contains(input.At, StringComparison.Ordinal), report);
        }
        else
        {
            var place = input.At.Contains(':', StringComparison.Ordinal) ? input.At + ":" : input.At + ": ";
            var lines = (run.Stderr + run.Stdout).Split('\n');
            Assert.True(lines.Any(l => l.StartsWith(place, StringComparison.Ordinal) && l.Contains(input.Code, StringComparison.Ordinal)), $"expected '{place} ... {input.Code}'\n{report}");
        }

        if (input.Command == "build")
        {
            Assert.Equal(before, site.HashOutput());
            Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        }
    }

    private static void Break(string root, BadInputCase input)
    {
        // Into the site, or into its output for 'check' cases.
        foreach (var (path, text) in Sections(input.Files))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        foreach (var (key, value) in input.Actions)
        {
            var full = Path.Combine(root, key == "link" ? value[..value.IndexOf(" -> ", StringComparison.Ordinal)] : value);
            switch (key)
            {
                case "delete":
                    File.Delete(full);
                    break;
                case "link":
                    File.Delete(full);
                    File.CreateSymbolicLink(full, value[(value.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]);
                    break;
                case "fifo":
                    using (var process = Process.Start(new ProcessStartInfo("mkfifo", [full]))!)
                    {
                        process.WaitForExit();
                    }

                    break;
                case "not-utf8":
                    File.AppendAllText(full, "Caf", Encoding.UTF8);
                    File.AppendAllText(full, "\u00e9\n", Encoding.Latin1);
                    break;
            }
        }
    }

    private static IEnumerable<(string Path, string Text)> Sections(string files)
    {
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in files.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, body.ToString());
                }

                path = line[3..^3];
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, body.ToString());
        }
    }
}
