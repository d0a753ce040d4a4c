using System.CommandLine;
using System.Globalization;

namespace Csa.Site.Cli;

/// <summary>Runs the <c>csa-site</c> command line: parses the arguments and runs the chosen command.</summary>
internal static class CsaSiteCli
{
    /// <summary>Runs one command line and returns its exit code; a fault in csa-site itself is reported, never thrown.</summary>
    /// <param name="args">The arguments, as the shell passes them.</param>
    /// <param name="console">Where the run writes, and the folder relative paths start from.</param>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = CsaSiteCommand.Create(console);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // The same input builds the same bytes on every machine, whatever its locale.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error });
        }
        catch (Exception ex)
        {
            // A bug in csa-site itself, not a problem in the site: say so plainly and fail.
            console.Error.WriteLine($"csa-site: internal error: {ex.GetType().Name}: {ex.Message}");
            console.Error.WriteLine("This is a fault in csa-site, not in your site. Please report it with the command you ran.");
            return (int)ExitCode.InternalError;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
