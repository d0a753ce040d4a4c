using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.BadInputs;

/// <summary>Reads one case of the bad-input corpus: a text file of <c># key: value</c> header lines, then <c>-- path --</c> sections.</summary>
/// <remarks>Header keys: <c>code</c> (the diagnostic code expected), <c>at</c> (<c>path:line</c>, or a path where the problem
/// has no line; for usage errors, text the message must hold), <c>exit</c> (1 unless 2), <c>args</c> (extra command-line
/// arguments, space-separated), <c>command</c> (<c>build</c> unless <c>check</c>, which checks the base site's output after
/// the case's files are written into it), <c>delete</c>, <c>link</c> (<c>path -> target</c>), <c>fifo</c> and
/// <c>not-utf8</c> (a path whose file gets a Latin-1 byte appended), each repeatable; the first other comment line says what
/// the case is.</remarks>
internal sealed record BadInputCase(string Name, string Code, string At, int Exit, IReadOnlyList<string> Args, string Command, string Files, IReadOnlyList<(string Key, string Value)> Actions)
{
    public static string Folder => Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "BadInputs", "Cases");

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static BadInputCase Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name + ".txt"));
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var values = new List<(string Key, string Value)>();
        foreach (var line in header)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 2 && !line[2..colon].Contains(' ', StringComparison.Ordinal))
            {
                values.Add((line[2..colon], line[(colon + 1)..].Trim()));
            }
        }

        string? One(string key) => values.LastOrDefault(v => v.Key == key).Value;
        return new BadInputCase(
            name,
            One("code") ?? throw new InvalidOperationException($"{name}: no '# code:' line"),
            One("at") ?? throw new InvalidOperationException($"{name}: no '# at:' line"),
            One("exit") == "2" ? 2 : 1,
            One("args")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
            One("command") ?? "build",
            string.Join('\n', lines.Skip(header.Count)),
            [.. values.Where(v => v.Key is "delete" or "link" or "fifo" or "not-utf8")]);
    }
}
