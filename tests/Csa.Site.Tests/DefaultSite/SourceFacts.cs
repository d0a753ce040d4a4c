using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Reads the facts the evidence tests check the default content against: figures, sections, pages and quoted
/// words transcribed from the source document into <c>DefaultSite/SourceFacts/*.tsv</c>.</summary>
/// <remarks>The repository holds these facts, not the document's text, so the tests need nothing beside the repository.
/// Each file is tab-separated, lines starting with <c>#</c> say where in the document its rows come from.</remarks>
internal static class SourceFacts
{
    /// <summary>Gets the rows of one facts file, its header row first, without comment or blank lines.</summary>
    /// <param name="name">The file's name without its extension, e.g. <c>ward-offence-rates</c>.</param>
    /// <returns>Each row's cells, as printed in the document.</returns>
    public static IReadOnlyList<string[]> Rows(string name)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "DefaultSite", "SourceFacts", name + ".tsv");
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))];
    }

    /// <summary>Gets the document's Contents list as (section, page) pairs.</summary>
    /// <returns>Every section the Contents list names with the page it starts on.</returns>
    public static IReadOnlySet<(string Section, int Page)> Contents() =>
        Rows("contents").Skip(1).Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
}
