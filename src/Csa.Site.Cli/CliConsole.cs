namespace Csa.Site.Cli;

/// <summary>Holds where one run of <c>csa-site</c> writes its output and errors, and the folder its relative paths start from.</summary>
/// <remarks>The program passes the process's console and current folder; tests run the same commands in the test process
/// with writers and a folder of their own, so runs side by side never share a console or a current folder.</remarks>
/// <param name="Out">Where results and summaries go (standard output).</param>
/// <param name="Error">Where diagnostics and usage errors go (standard error).</param>
/// <param name="WorkingDirectory">The folder relative paths in the arguments are resolved against.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Gets the process's own console and current folder.</summary>
    public static CliConsole Process => new(Console.Out, Console.Error, Directory.GetCurrentDirectory());

    /// <summary>Returns a path given on the command line as a full path, relative paths starting at <see cref="WorkingDirectory"/>.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
