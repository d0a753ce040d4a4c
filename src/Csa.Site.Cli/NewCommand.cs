using System.CommandLine;
using System.Reflection;

namespace Csa.Site.Cli;

/// <summary>Defines <c>csa-site new</c>: writes a starter plan (a content folder) that builds and passes <c>check</c> straight away.</summary>
/// <remarks>The starter's files are embedded in the tool under <c>starter/</c>; blanks for the partnership to fill are marked
/// <c>[TBC: ...]</c>, which <c>check --release</c> reports until they are filled.</remarks>
internal static class NewCommand
{
    private const string Prefix = "starter/";

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "The content folder to create. It must not exist yet, or be empty." };
        var command = new Command("new", """
            Start a new plan: write a content folder with site.yml (every setting, each explained), a home page, a priority page,
            a data table with its descriptor, a page made for each row of that table, a data page, a glossary, a 404 page and an
            accessibility statement with the sections the accessibility regulations require. Blanks to fill in are marked
            [TBC: ...]. Then: csa-site serve --content DIR, edit, and csa-site build --content DIR.
            """) { folder };
        command.SetAction(parse => Run(console, parse.GetValue(folder)!));
        return command;
    }

    private static int Run(CliConsole console, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            console.Error.WriteLine("new: give the name of the folder to write the plan into, such as: csa-site new my-plan");
            return (int)ExitCode.UsageError;
        }

        var target = Path.TrimEndingDirectorySeparator(console.Resolve(folder));
        if (File.Exists(target))
        {
            console.Error.WriteLine($"new: '{folder}' is a file; csa-site new never writes over files. Choose a new folder.");
            return (int)ExitCode.UsageError;
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            console.Error.WriteLine($"new: '{folder}' already exists and is not an empty folder; csa-site new never writes over files. Choose a new folder.");
            return (int)ExitCode.UsageError;
        }

        // Written beside the target first and moved into place whole, so a failure leaves no half-written plan.
        var assembly = typeof(NewCommand).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var staging = Path.Combine(Path.GetDirectoryName(target) ?? target, $".{Path.GetFileName(target)}.new-{Environment.ProcessId}");
        try
        {
            foreach (var name in names)
            {
                var path = Path.Combine(staging, name[Prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var source = assembly.GetManifestResourceStream(name)!;
                using var file = File.Create(path);
                source.CopyTo(file);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            console.Error.WriteLine($"new: could not write the plan into '{folder}': {ex.Message.Replace(staging, target, StringComparison.Ordinal).TrimEnd('.')}. Is its parent folder there, and may you write in it?");
            return (int)ExitCode.SiteErrors;
        }

        console.Out.WriteLine($"Wrote a starter plan of {names.Count} files to '{folder}'.");
        console.Out.WriteLine($"Preview it while you edit: csa-site serve --content {folder}");
        console.Out.WriteLine($"Build it: csa-site build --content {folder} --output DIR; fill every [TBC: ...] before publishing.");
        return (int)ExitCode.Success;
    }
}
