using AngleSharp.Html.Parser;
using Csa.Site.Checks;

namespace Csa.Site.Tests.Checks;

public sealed class LinkTextTests
{
    [Theory]
    [InlineData("<a href=/x>Plan</a>", true)]
    [InlineData("<a href=/x aria-label=\"The plan\"></a>", true)]
    [InlineData("<a href=/x aria-labelledby=l></a><span id=l>The plan</span>", true)]
    [InlineData("<a href=/x aria-labelledby=nowhere></a>", false)]
    [InlineData("<a href=/x><img src=p.png alt=\"The plan\"></a>", true)]
    [InlineData("<a href=/x><img src=p.png alt=\"\"></a>", false)]
    [InlineData("<a href=/x><svg><title>The plan</title></svg></a>", true)]
    [InlineData("<a href=/x><span aria-hidden=\"true\">→</span></a>", false)]
    [InlineData("<a href=/x>  \n </a>", false)]
    [InlineData("<a href=/x title=\"The plan\"></a>", true)]
    [InlineData("<map><area href=/x alt=\"Chadsmead\"></map>", true)]
    [InlineData("<map><area href=/x></map>", false)]
    public void A_link_is_named_by_text_labels_or_alt(string html, bool named)
    {
        // Given
        var document = new HtmlParser().ParseDocument(html);
        var link = document.QuerySelector("a, area")!;

        // When
        var result = LinkText.HasAccessibleName(link);

        // Then
        Assert.Equal(named, result);
    }
}
