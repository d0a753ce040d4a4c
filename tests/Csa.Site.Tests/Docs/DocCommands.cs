using System.CommandLine;
using System.Text;
using Csa.Site.Cli;

namespace Csa.Site.Tests.Docs;

/// <summary>Checks the command lines the documentation shows: <c>csa-site</c> lines are parsed with the tool's own command
/// definitions, and <c>dotnet</c> lines must use a known verb on paths that exist in the repository.</summary>
internal static class DocCommands
{
    // The dotnet options that take a value, so the value is not taken for a path.
    private static readonly HashSet<string> _withValue = new(StringComparer.Ordinal)
    {
        "-c", "--configuration", "-r", "--runtime", "-o", "--output", "--filter", "--project", "-v", "--verbosity",
        "--add-source", "--version", "--tool-path", "--logger", "--results-directory",
    };

    /// <summary>Returns what is wrong with one command line, or <see langword="null"/> when it is right.</summary>
    public static string? Problem(string line)
    {
        var words = Split(line);
        // Environment settings before the command (CSA_FUZZ_SECONDS=30 dotnet test).
        while (words.Count > 0 && words[0].Contains('=', StringComparison.Ordinal) && !words[0].StartsWith('-'))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return "no command";
        }

        return words[0] == "csa-site" || words[0].EndsWith("/csa-site", StringComparison.Ordinal)
            ? CsaSite(words[1..])
            : words[0] == "dotnet" ? Dotnet(words[1..]) : $"'{words[0]}' is neither csa-site nor dotnet";
    }

    /// <summary>Parses the arguments of <c>csa-site</c> with the tool's own root command.</summary>
    public static string? CsaSite(IReadOnlyList<string> args)
    {
        var root = CsaSiteCommand.Create();
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            // Help hides every other problem of a command line, so only a command's name may come with it.
            var rest = args.Where(a => a is not ("--help" or "-h" or "-?")).ToList();
            return rest.Count == 0 || (rest.Count == 1 && root.Subcommands.Any(c => c.Name == rest[0])) ? null : "csa-site " + string.Join(' ', args) + ": only a command's name may come with --help";
        }

        var parse = root.Parse([.. args]);
        if (parse.Errors.Count > 0)
        {
            return "csa-site " + string.Join(' ', args) + ": " + string.Join("; ", parse.Errors.Select(e => e.Message));
        }

        return parse.CommandResult.Command is RootCommand && !args.Contains("--version")
            ? "csa-site without a command"
            : null;
    }

    private static string? Dotnet(List<string> words)
    {
        if (words.Count == 0)
        {
            return "dotnet without a verb";
        }

        var verb = words[0] == "tool" && words.Count > 1 ? "tool " + words[1] : words[0];
        var rest = words.Skip(verb.Split(' ').Length).ToList();
        var dashes = rest.IndexOf("--");
        var after = dashes < 0 ? [] : rest[(dashes + 1)..];
        var before = dashes < 0 ? rest : rest[..dashes];
        var paths = new List<string>();
        for (var i = 0; i < before.Count; i++)
        {
            if (_withValue.Contains(before[i]))
            {
                if (before[i] == "--project")
                {
                    paths.Add(before[i + 1]);
                }

                i++;
            }
            else if (!before[i].StartsWith('-'))
            {
                paths.Add(before[i]);
            }
        }

        switch (verb)
        {
            case "build" or "test" or "pack" or "publish" or "run":
                if (paths.FirstOrDefault(p => !File.Exists(Path.Combine(DocFiles.Root, p)) && !Directory.Exists(Path.Combine(DocFiles.Root, p))) is { } missing)
                {
                    return $"dotnet {verb}: '{missing}' is not in the repository";
                }

                if (verb == "run" && paths.Count == 0)
                {
                    return "dotnet run without --project";
                }

                // What follows '--' is the tool's own command line when the project is the tool.
                // `dotnet run --project src/Csa.Site.Cli --` alone stands for csa-site.
                return verb == "run" && paths[0].TrimEnd('/') == "src/Csa.Site.Cli" && (after.Count > 0 || dashes < 0) ? CsaSite(after) : null;
            case "tool install":
                return paths.SequenceEqual(["Csa.Site.Cli"]) ? null : "dotnet tool install: the package is Csa.Site.Cli";
            default:
                return $"dotnet {verb} is not a command the documentation should need";
        }
    }

    /// <summary>Splits a command line into words as a POSIX shell would, with single and double quotes.</summary>
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
