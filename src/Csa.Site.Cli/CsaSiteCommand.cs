using System.CommandLine;

namespace Csa.Site.Cli;

/// <summary>Defines the <c>csa-site</c> command and its subcommands, for the program and for the tests that check the
/// documented command lines against the real definitions.</summary>
internal static class CsaSiteCommand
{
    /// <summary>Creates the root command with <c>build</c>, <c>check</c>, <c>serve</c> and <c>new</c>.</summary>
    /// <param name="console">Where the commands write and the folder their relative paths start from; a run that only
    /// parses may leave it out, and nothing is written anywhere.</param>
    /// <returns>The root command, ready to parse arguments.</returns>
    public static RootCommand Create(CliConsole? console = null)
    {
        console ??= new CliConsole(TextWriter.Null, TextWriter.Null, Path.GetTempPath());
        return new("csa-site: builds a Community Safety Plan as an accessible static website with downloadable data.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            ServeCommand.Create(console),
            NewCommand.Create(console),
        };
    }
}
