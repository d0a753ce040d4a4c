using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Tests.Content;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Reads_typed_keys_and_keeps_the_rest_with_their_lines()
    {
        // Given
        const string text = "---\r\ntitle: Domestic abuse\r\norder: 2\r\ndraft: true\r\npublish_date: 2020-04-01\r\nglance:\r\n  hotspot: Chadsmead\r\n---\r\nBody line.\r\n";
        var bag = new DiagnosticBag();

        // When
        var page = FrontMatterReader.Read("content/da.md", "da.md", text, bag);

        // Then
        Assert.Empty(bag.ToSortedList());
        Assert.NotNull(page);
        Assert.Equal(("Domestic abuse", 2, true, new DateOnly(2020, 4, 1)), (page.Meta.Title, page.Meta.Order, page.Meta.Draft, page.Meta.PublishDate));
        Assert.Equal(6, page.Meta.Values.LineOf("glance"));
        Assert.Equal("Body line.\n", page.Body);
        Assert.Equal(9, page.BodyLine);
    }

    [Theory]
    [InlineData("no front matter\n", 1, DiagnosticCodes.BadFrontMatter)]
    [InlineData("---\ntitle: x\n", 1, DiagnosticCodes.BadFrontMatter)]
    [InlineData("---\n- a list\n---\n", 2, DiagnosticCodes.BadFrontMatter)]
    [InlineData("---\norder: 1\n---\n", 1, DiagnosticCodes.BadFrontMatterValue)]
    [InlineData("---\ntitle: T\npublish_date: soon\n---\n", 3, DiagnosticCodes.BadFrontMatterValue)]
    [InlineData("---\ntitle: T\ndraft: maybe\n---\n", 3, DiagnosticCodes.BadFrontMatterValue)]
    [InlineData("---\ntitle: T\nlayout: [a, b]\n---\n", 3, DiagnosticCodes.BadFrontMatterValue)]
    public void Bad_front_matter_is_reported_at_its_line(string text, int line, string code)
    {
        // Given
        var bag = new DiagnosticBag();

        // When
        var page = FrontMatterReader.Read("content/x.md", "x.md", text, bag);

        // Then
        Assert.Null(page);
        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal((code, line), (diagnostic.Code, diagnostic.Line));
    }
}
