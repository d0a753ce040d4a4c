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
        var target = console.Resolve(folder);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            console.Error.WriteLine($"new: '{folder}' already exists and is not an empty folder; csa-site new never writes over files. Choose a new folder.");
            return (int)ExitCode.UsageError;
        }

        var assembly = typeof(NewCommand).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var path = Path.Combine(target, name[Prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            source.CopyTo(file);
        }

        console.Out.WriteLine($"Wrote a starter plan of {names.Count} files to '{folder}'.");
        console.Out.WriteLine($"Preview it while you edit: csa-site serve --content {folder}");
        console.Out.WriteLine($"Build it: csa-site build --content {folder} --output DIR; fill every [TBC: ...] before publishing.");
        return (int)ExitCode.Success;
    }
}
