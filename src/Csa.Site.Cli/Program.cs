using System.CommandLine;
using System.Globalization;
using Csa.Site.Cli;

// The same input builds the same bytes on every machine, whatever its locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var root = CsaSiteCommand.Create();
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // A bug in csa-site itself, not a problem in the site: say so plainly and fail.
    Console.Error.WriteLine($"csa-site: internal error: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine("This is a fault in csa-site, not in your site. Please report it with the command you ran.");
    return (int)ExitCode.InternalError;
}
