using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks "Report a crime or get help" (layouts/partials/help.html, fed by site.yml's <c>help:</c>): on every
/// priority page near its top, the pages' own services, the help page and the footer link (issue #13).</summary>
public sealed partial class HelpTests : IClassFixture<DefaultSiteFixture>
{
    // The national numbers checked in shared/REFERENCE.md ("Help and reporting numbers"), as people dial them.
    private static readonly string[] _checkedNumbers =
        ["999", "101", "0800 555 111", "0808 2000 247", "0808 801 0327", "08 08 16 89 111", "0300 123 2040", "116 123"];

    private static readonly HtmlParser _parser = new();
    private readonly DefaultSiteFixture _site;

    public HelpTests(DefaultSiteFixture site) => _site = site;

    public static TheoryData<string> PriorityPages() =>
    [
        "priorities/index.html", "priorities/asb/index.html", "priorities/domestic-abuse/index.html", "priorities/burglaries-car-key/index.html",
        "priorities/county-lines/index.html", "priorities/fraud/index.html", "priorities/vulnerable-persons-alcohol/index.html",
        "priorities/vulnerable-persons-mental-health-and-missing-persons/index.html", "priorities/vulnerable-persons-contextual-safeguarding/index.html",
    ];

    [Theory]
    [MemberData(nameof(PriorityPages))]
    public void Every_priority_page_shows_how_to_report_a_crime_or_get_help_before_its_text(string page)
    {
        // Given
        var html = Html(page);

        // When
        var help = html.QuerySelector("main aside.csa-help");

        // Then: after the title and summary, before the contents list and the page's own words.
        Assert.NotNull(help);
        Assert.Equal("Report a crime or get help", help.QuerySelector("h2")!.TextContent);
        Assert.Equal(help.GetAttribute("aria-labelledby"), help.QuerySelector("h2")!.Id);
        Assert.True(help.CompareDocumentPosition(html.QuerySelector("main .csa-prose")!).HasFlag(DocumentPositions.Following), "the help box is not before the page's text");
        Assert.Equal(["tel:999", "tel:101"], help.QuerySelectorAll("a[href^='tel:']").Take(2).Select(a => a.GetAttribute("href")));
        Assert.Contains("/get-help/", help.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("priorities/domestic-abuse/index.html", "tel:08082000247", "https://www.nationaldahelpline.org.uk/", "Domestic abuse is a crime.")]
    [InlineData("priorities/domestic-abuse/index.html", "tel:08088010327", "https://mensadviceline.org.uk/", "Domestic abuse is a crime.")]
    [InlineData("priorities/fraud/index.html", "tel:03001232040", "https://www.actionfraud.police.uk/", "Report fraud, scams and cyber crime to Action Fraud.")]
    [InlineData("priorities/vulnerable-persons-mental-health-and-missing-persons/index.html", "tel:116123", "https://www.samaritans.org/", "If you are struggling to cope")]
    [InlineData("priorities/county-lines/index.html", "tel:0800555111", "https://crimestoppers-uk.org/", "used to move or sell drugs")]
    public void A_priority_page_names_its_own_services_in_words(string page, string tel, string web, string note)
    {
        // Given
        var help = Html(page).QuerySelector("main aside.csa-help")!;

        // When
        var links = help.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        // Then
        Assert.Contains(tel, links);
        Assert.Contains(web, links);
        Assert.Contains(note, help.QuerySelector(".csa-help__note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_page_lists_every_service_with_checked_numbers_dialable_tel_links_and_web_addresses()
    {
        // Given
        var help = Html("get-help/index.html").QuerySelector("main aside.csa-help")!;

        // When
        var items = help.QuerySelectorAll(".csa-help__item").ToList();
        var numbers = help.QuerySelectorAll("a[href^='tel:']").ToList();

        // Then: the five the issue asks for and the services the assessment names.
        var names = items.Select(i => i.QuerySelector(".csa-help__name")!.TextContent).ToList();
        foreach (var expected in new[] { "emergency", "Staffordshire Police", "Crimestoppers", "National Domestic Abuse Helpline", "Victim Support", "Action Fraud", "Safe and Well" })
        {
            Assert.Contains(names, n => n.Contains(expected, StringComparison.Ordinal));
        }

        // Only checked numbers, each link dialling the digits it shows; every website on https.
        Assert.All(numbers, a => Assert.Contains(a.TextContent, _checkedNumbers));
        Assert.All(numbers, a => Assert.Equal("tel:" + a.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal), a.GetAttribute("href")));
        Assert.All(help.QuerySelectorAll("a.csa-help__web"), a => Assert.StartsWith("https://", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(items.Where(i => i.QuerySelector("a[href^='tel:']") is null), i => Assert.NotNull(i.QuerySelector("a.csa-help__web")));
        Assert.Contains("We checked these numbers on", help.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_outside_the_priorities_show_no_help_box_but_every_footer_links_to_the_help_page()
    {
        // Given
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(_site.Output, f).Replace('\\', '/'), Html: _parser.ParseDocument(File.ReadAllText(f)))).ToList();

        // Then
        Assert.All(pages, p => Assert.Contains("/get-help/", p.Html.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href"))));
        Assert.All(pages.Where(p => !p.Path.StartsWith("priorities/", StringComparison.Ordinal) && p.Path != "get-help/index.html"),
            p => Assert.Null(p.Html.QuerySelector("aside.csa-help")));
    }

    [Fact]
    public void Every_number_in_the_help_list_is_one_the_reference_checked()
    {
        // Given: site.yml as written, so a number added there without checking fails here.
        var yml = File.ReadAllText(Path.Combine(_site.Repository, "content", "site.yml"));

        // When
        var numbers = NumberLine().Matches(yml).Select(m => m.Groups[1].Value.Trim('"')).ToList();

        // Then
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Contains(n, _checkedNumbers));
    }

    [Fact]
    public void A_site_without_help_settings_shows_no_help_and_no_footer_link()
    {
        // Given: the starter's case, a site.yml with no 'help:'.
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nWords.\n-- content/priorities/one.md --\n---\ntitle: One\n---\nWords.\n", withMarkerTheme: false);
        site.CopyFromRepository("themes/default");

        // When
        site.BuildClean();

        // Then
        Assert.Null(site.Html("priorities/one/index.html").QuerySelector("aside.csa-help"));
        Assert.DoesNotContain(site.Html("index.html").QuerySelectorAll("footer a"), a => a.TextContent.Contains("help", StringComparison.OrdinalIgnoreCase));
    }

    private IDocument Html(string page) => _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, page)));

    [GeneratedRegex(@"^\s+number:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex NumberLine();
}
