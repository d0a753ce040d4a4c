using System.Globalization;
using Csa.Site.Tests.Support;
using nietras.SeparatedValues;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks the default content's references to the source document against the facts transcribed from it: every
/// section and page a figure or a quoted passage names is one of the document's Contents list.</summary>
public sealed class SourceFactsTests
{
    [Fact]
    public void Every_indicator_names_a_section_of_the_documents_contents_and_the_page_it_starts_on()
    {
        // Given
        var contents = SourceFacts.Contents();
        using var reader = Sep.Reader().FromFile(Path.Combine(RepositoryRoot.Find(), "content", "data", "indicators.csv"));

        // When
        var cited = reader.Enumerate(row => (row["section"].ToString(), row["section_page"].ToString())).ToList();

        // Then
        Assert.Equal(134, cited.Count);
        Assert.All(cited, c => Assert.Contains((c.Item1, int.Parse(c.Item2, CultureInfo.InvariantCulture)), contents));
    }

    [Fact]
    public void Each_quoted_passage_is_in_a_section_of_the_documents_contents()
    {
        // Given
        var contents = SourceFacts.Contents();

        // Then
        Assert.All(SourceFacts.Rows("quotes").Skip(1), q => Assert.Contains((q[1], int.Parse(q[2], CultureInfo.InvariantCulture)), contents));
    }
}
