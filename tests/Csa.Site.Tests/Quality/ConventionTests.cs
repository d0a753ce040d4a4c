using System.Reflection;
using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Quality;

/// <summary>Guards the code conventions: namespaces match folders (a folder may group its files in rooms, subfolders without a
/// namespace of their own), one public type per file named after it, every stage tested.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly _engine = typeof(SiteBuilder).Assembly;

    [Fact]
    public void Every_public_type_lives_in_a_file_named_after_it_in_the_folder_of_its_namespace()
    {
        // Given
        var src = Path.Combine(RepositoryRoot.Find(), "src", "Csa.Site");
        var problems = new List<string>();

        // When
        foreach (var type in _engine.GetExportedTypes().Where(t => !t.IsNested))
        {
            var folder = type.Namespace == "Csa.Site" ? string.Empty : type.Namespace!["Csa.Site.".Length..].Replace('.', Path.DirectorySeparatorChar);
            var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
            // A namespace's folder may hold rooms: subfolders grouping its files by step (Charts/Blocks, Charts/Layout…).
            var home = Path.Combine(src, folder);
            if (!File.Exists(Path.Combine(home, name + ".cs"))
                && !Directory.EnumerateDirectories(home).Any(room => File.Exists(Path.Combine(room, name + ".cs")) && !_engine.GetExportedTypes().Any(t => t.Namespace == type.Namespace + "." + Path.GetFileName(room))))
            {
                problems.Add($"{type.FullName}: expected {Path.Combine(folder, name + ".cs")}");
            }
        }

        // Then
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_build_stage_is_named_in_a_test()
    {
        // Given: stages are the static classes with a public static Run method in Building/.
        var stages = _engine.GetExportedTypes().Where(t => t.Namespace == "Csa.Site.Building" && t.IsAbstract && t.IsSealed && t.GetMethod("Run") is not null).Select(t => t.Name).ToList();
        var tests = string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        // When
        var untested = stages.Where(s => !tests.Contains(s, StringComparison.Ordinal)).ToList();

        // Then
        Assert.NotEmpty(stages);
        Assert.Empty(untested);
    }
}
