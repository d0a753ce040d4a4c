using System.Reflection;
using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Quality;

/// <summary>Guards the code conventions: namespaces match folders, one public type per file named after it, every stage tested.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly _engine = typeof(SiteBuilder).Assembly;

    [Fact]
    public void Every_public_type_lives_in_a_file_named_after_it_in_the_folder_of_its_namespace_or_a_room_of_it()
    {
        // Given
        var src = Path.Combine(RepositoryRoot.Find(), "src", "Csa.Site");
        var problems = new List<string>();

        // When
        foreach (var type in _engine.GetExportedTypes().Where(t => !t.IsNested))
        {
            var folder = type.Namespace == "Csa.Site" ? string.Empty : type.Namespace!["Csa.Site.".Length..].Replace('.', Path.DirectorySeparatorChar);
            var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
            // A folder may have rooms (Charts/Blocks, Charts/Layout...) whose files keep the folder's namespace.
            var dir = Path.Combine(src, folder);
            var files = Directory.Exists(dir) ? Directory.EnumerateFiles(dir, name + ".cs", SearchOption.AllDirectories) : [];
            if (!files.Any(f => File.ReadAllText(f).Contains($"namespace {type.Namespace};", StringComparison.Ordinal)))
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
