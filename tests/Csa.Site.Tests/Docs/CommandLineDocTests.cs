using System.CommandLine;
using System.CommandLine.Help;
using Csa.Site.Cli;

namespace Csa.Site.Tests.Docs;

/// <summary>Holds docs/command-line.md to the real command definitions: under each command's headings, the options tables
/// list exactly the options the command has, none missing and none invented.</summary>
public sealed class CommandLineDocTests
{
    private const string File = "docs/command-line.md";

    [Fact]
    public void Every_option_of_every_command_is_documented_and_none_invented()
    {
        // Given
        var root = CsaSiteCommand.Create();
        var problems = new List<string>();

        // When
        foreach (var command in root.Subcommands)
        {
            var real = command.Options.Where(o => o is not HelpOption and not VersionOption).Select(o => o.Name).Order(StringComparer.Ordinal).ToList();
            var section = DocFiles.Section(File, h => h.Contains($"`csa-site {command.Name}", StringComparison.Ordinal));
            var documented = DocFiles.FirstCells(section).Select(c => c.Cell).Where(c => c.StartsWith("--", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            problems.AddRange(real.Except(documented).Select(o => $"{File}: '{o}' of 'csa-site {command.Name}' is not in an options table under a heading naming `csa-site {command.Name}`"));
            problems.AddRange(documented.Except(real).Select(o => $"{File}: 'csa-site {command.Name}' has no option '{o}'"));
        }

        // Then
        Assert.Equal(["build", "check", "serve", "new"], root.Subcommands.Select(c => c.Name));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
