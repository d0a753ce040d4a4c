using Csa.Site.Diagnostics;
using Csa.Site.Tests.Cli;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Diagnostics;

/// <summary>Checks that a diagnostic is always one line: text an author wrote, quoted in a message, can never start a line of
/// the build's output that a CI system would run as a command (issue #29).</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Control_characters_in_a_message_or_source_line_are_shown_escaped_on_one_line()
    {
        // Given
        var diagnostic = new Diagnostic("content/data/t.csv", 3, 5, "CSA0403", Severity.Error, "'1\n::error file=README.md,line=1::INJECTED' is not a number")
        {
            SourceLine = "North,\"1\r\n::warning::x\u0007\"",
        };

        // When
        var lines = diagnostic.ToDisplayString().Split('\n');

        // Then: the message and the source line, each on one line, and the caret line
        Assert.Equal(3, lines.Length);
        Assert.Equal("content/data/t.csv:3:5: error CSA0403: '1\\n::error file=README.md,line=1::INJECTED' is not a number", lines[0]);
        Assert.Equal("    North,\"1\\r\\n::warning::x\\u0007\"", lines[1]);
    }

    [Fact]
    public void A_very_long_source_line_is_quoted_around_its_column_with_the_caret_under_it()
    {
        // Given: a line of 400,000 characters (issue #29: a 200,000-deep list in site.yml), the problem at the first ']'
        var text = new string('[', 200_000) + new string(']', 200_000);
        var diagnostic = new Diagnostic("content/site.yml", 2, 200_001, "CSA0002", Severity.Error, "nested too deep") { SourceLine = text };

        // When
        var lines = diagnostic.ToDisplayString().Split('\n');

        // Then: a short quote cut at both ends, and the caret under the column
        Assert.Equal(3, lines.Length);
        Assert.InRange(lines[1].Length, 100, 200);
        Assert.StartsWith("    ...", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("...", lines[1], StringComparison.Ordinal);
        Assert.Equal(']', lines[1][lines[2].Length - 1]);
        Assert.Equal('[', lines[1][lines[2].Length - 2]);
    }

    [Fact]
    public void A_csv_cell_with_a_line_break_never_starts_a_line_of_the_builds_output()
    {
        // Given: a number column whose cell holds a line break and a GitHub Actions command
        using var site = new TestSite(TableSites.OneTable("rates", "Rates (synthetic)", ["{name: rate, type: number}"]) + """
            -- content/index.md --
            ---
            title: Home
            ---
            Hi.
            """);
        File.WriteAllText(Path.Combine(site.Root, "content", "data", "rates.csv"), "area,rate\nNorth,\"1\n::error file=README.md,line=1::INJECTED\"\n");

        // When
        var run = CliTests.CsaSite(site.Root, "build");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/data/rates.csv:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Stderr.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Stdout.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
    }
}
