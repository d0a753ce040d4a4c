using System.Text.RegularExpressions;
using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Quality;

/// <summary>Keeps the engine's folders a house of one-way streets: each folder of <c>src/Csa.Site</c> uses only folders
/// listed before it, so no two folders need each other and a change low in the list is seen by everything above it.</summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>The folders, lowest first: each may use only those before it.</summary>
    private static readonly string[] _layers =
    [
        "Diagnostics", "Output", "Yaml", "Components", "Configuration", "Content", "Tables", "Navigation", "Plan", "Charts",
        "Narrative", "Printing", "Templates", "Checks", "Building", "Release",
    ];

    private static readonly string _src = Path.Combine(RepositoryRoot.Find(), "src", "Csa.Site");

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        // Given
        var uses = Uses();

        // When
        var upward = uses.SelectMany(u => u.Value.Where(used => Array.IndexOf(_layers, used) >= Array.IndexOf(_layers, u.Key)).Select(used => $"{u.Key} → {used}")).Order(StringComparer.Ordinal).ToList();

        // Then
        Assert.True(upward.Count == 0, "folders using a folder above them: " + string.Join(", ", upward));
    }

    [Fact]
    public void Every_folder_has_its_place_in_the_list_and_each_way_of_naming_another_folder_is_seen()
    {
        // Given
        var folders = Directory.EnumerateDirectories(_src).Select(Path.GetFileName).OfType<string>()
            .Where(d => d is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(_src, d), "*.cs", SearchOption.AllDirectories).Any());

        // When
        var unlisted = folders.Except(_layers).ToList();

        // Then
        Assert.Empty(unlisted);
        Assert.Contains(("Checks", "Building"), ReadUses("namespace Csa.Site.Checks;\nusing Csa.Site.Building;\n", "Checks"));
        Assert.Contains(("Templates", "Charts"), ReadUses("namespace Csa.Site.Templates;\nvar p = Charts.SocialImagePainter.OutputPath;\n", "Templates"));
        Assert.DoesNotContain(("Templates", "Charts"), ReadUses("namespace Csa.Site.Templates;\nvar n = Charts.Count;\n", "Templates"));
    }

    private static Dictionary<string, HashSet<string>> Uses()
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in _layers.Where(l => Directory.Exists(Path.Combine(_src, l))))
        {
            var used = uses[folder] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_src, folder), "*.cs", SearchOption.AllDirectories))
            {
                used.UnionWith(ReadUses(File.ReadAllText(file), folder).Select(u => u.Used));
            }
        }

        return uses;
    }

    /// <summary>Finds the folders a file uses: <c>using Csa.Site.X;</c>, a fully qualified <c>Csa.Site.X.Name</c>, and
    /// <c>X.Name</c> written inside the engine's namespace where <c>Csa.Site.X.Name</c> is an engine type.</summary>
    private static IEnumerable<(string Folder, string Used)> ReadUses(string text, string folder)
    {
        var engine = typeof(SiteBuilder).Assembly;
        text = Comment().Replace(text, string.Empty);
        var used = Using().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(FullyQualified().Matches(text).Select(m => m.Groups[1].Value))
            .Concat(PartlyQualified().Matches(text).Where(m => engine.GetType($"Csa.Site.{m.Groups[1].Value}.{m.Groups[2].Value}") is not null).Select(m => m.Groups[1].Value));
        return used.Where(u => u != folder && _layers.Contains(u)).Distinct().Select(u => (folder, u));
    }

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?Csa\.Site\.([A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\bCsa\.Site\.([A-Za-z]+)\.")]
    private static partial Regex FullyQualified();

    [GeneratedRegex(@"(?<![\w.])([A-Z][A-Za-z]+)\.([A-Z]\w*)")]
    private static partial Regex PartlyQualified();
}
