using Csa.Site.Diagnostics;

namespace Csa.Site.Tests.Checks;

public sealed class SiteCheckerTests
{
    public static TheoryData<string, string, string, string> Faults => new()
    {
        { CheckedOutput.AboutWith("<a href=\"../nowhere/\">Nowhere</a>"), DiagnosticCodes.BrokenLink, "about/index.html", "../nowhere/" },
        { CheckedOutput.AboutWith("<a href=\"/cs/#nope\">Home</a>"), DiagnosticCodes.MissingFragment, "about/index.html", "/cs/#nope" },
        { CheckedOutput.AboutWith("<a href=\"#nope\">Here</a>"), DiagnosticCodes.MissingFragment, "about/index.html", "#nope" },
        { CheckedOutput.AboutWith("<a href=\"/elsewhere/\">Elsewhere</a>"), DiagnosticCodes.LinkLeavesBasePath, "about/index.html", "/elsewhere/" },
        { CheckedOutput.AboutWith("<a href=\"../../up/\">Up</a>"), DiagnosticCodes.LinkLeavesBasePath, "about/index.html", "../../up/" },
        { CheckedOutput.AboutWith("<p id=\"team\">Again</p>"), DiagnosticCodes.DuplicateId, "about/index.html", "team" },
        { CheckedOutput.AboutWith("<a href=\"../\"><img src=\"../images/map.svg\" alt=\"\"></a>"), DiagnosticCodes.EmptyLinkText, "about/index.html", "../" },
        { CheckedOutput.AboutWith("<a href=\"#\">Menu</a>"), DiagnosticCodes.PlaceholderLink, "about/index.html", "#" },
        { "-- output/orphan/index.html --\n<!DOCTYPE html><title>Orphan</title><a href=\"/cs/\">Home</a>\n", DiagnosticCodes.UnreachablePage, "orphan/index.html", "" },
        { CheckedOutput.AboutWith("<img src=\"../images/none.png\" alt=\"None\">"), DiagnosticCodes.BrokenLink, "about/index.html", "../images/none.png" },
        { CheckedOutput.AboutWith("<img src=\"../images/map.svg\" srcset=\"../images/map.svg 1x, ../images/map@2x.svg 2x\" alt=\"Map\">"), DiagnosticCodes.BrokenLink, "about/index.html", "../images/map@2x.svg" },
        { CheckedOutput.AboutWith("<video poster=\"../images/none.jpg\" src=\"../images/map.svg\"></video>"), DiagnosticCodes.BrokenLink, "about/index.html", "../images/none.jpg" },
        { CheckedOutput.AboutWith("<svg><use xlink:href=\"../images/map.svg#ward-9\"/></svg>"), DiagnosticCodes.MissingFragment, "about/index.html", "../images/map.svg#ward-9" },
        { CheckedOutput.AboutWith("<a href=\"../images/map.svg#ward-9\">Ward 9</a>"), DiagnosticCodes.MissingFragment, "about/index.html", "../images/map.svg#ward-9" },
        { "-- output/images/map.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"ward-1\"/><a href=\"/cs/gone/\"><text>Gone</text></a></svg>\n", DiagnosticCodes.BrokenLink, "images/map.svg", "/cs/gone/" },
        { "-- output/sitemap.xml --\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://www.example.gov.uk/cs/</loc></url><url><loc>https://www.example.gov.uk/cs/about/</loc></url><url><loc>https://www.example.gov.uk/cs/gone/</loc></url></urlset>\n",
            DiagnosticCodes.SitemapMismatch, "sitemap.xml", "https://www.example.gov.uk/cs/gone/" },
        { "-- output/sitemap.xml --\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://www.example.gov.uk/cs/</loc></url></urlset>\n",
            DiagnosticCodes.SitemapMismatch, "sitemap.xml", "/cs/about/" },
        { "-- output/sitemap.xml --\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://www.example.gov.uk/cs/</loc></url><url><loc>https://www.example.gov.uk/cs/about/</loc></url><url><loc>https://www.example.gov.uk/cs/data/rates.csv</loc></url></urlset>\n",
            DiagnosticCodes.SitemapMismatch, "sitemap.xml", "https://www.example.gov.uk/cs/data/rates.csv" },
    };

    [Fact]
    public void A_clean_site_has_no_problems_and_lists_its_external_links()
    {
        // Given
        using var site = CheckedOutput.Create();

        // When
        var report = CheckedOutput.Check(site);

        // Then
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));
        Assert.Equal(3, report.Pages);
        var external = Assert.Single(report.External);
        Assert.Equal(("https://www.example.org/report.pdf", false), (external.Url, external.Checked));
        Assert.Equal(["index.html"], external.Pages);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_seeded_fault_is_reported_once_on_its_page(string fault, string code, string page, string link)
    {
        // Given
        using var site = CheckedOutput.Create(fault);

        // When
        var report = CheckedOutput.Check(site);

        // Then
        var problem = Assert.Single(report.Problems);
        Assert.Equal((code, page, link), (problem.Code, problem.Page, problem.Link));
        Assert.Null(problem.Source);
    }

    [Fact]
    public void A_sitemap_of_root_relative_paths_matches_when_the_base_url_has_no_host()
    {
        // Given: the shape the build writes for a base URL without a host; 404.html is left out.
        using var site = CheckedOutput.Create("-- output/sitemap.xml --\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<url><loc>/cs/</loc></url>\n<url><loc>/cs/about/</loc></url>\n</urlset>\n");

        // When
        var report = CheckedOutput.Check(site);

        // Then
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void A_page_marked_noindex_need_not_be_in_the_sitemap()
    {
        // Given
        using var site = CheckedOutput.Create(
            "-- output/sitemap.xml --\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/cs/</loc></url></urlset>\n"
            + CheckedOutput.AboutWith("<meta name=\"robots\" content=\"noindex\">"));

        // When
        var report = CheckedOutput.Check(site);

        // Then
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void An_empty_download_is_reported_once()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith("<a href=\"../data/empty.csv\">Empty data</a>"));
        File.WriteAllBytes(Path.Combine(site.Output, "data", "empty.csv"), []);

        // When
        var report = CheckedOutput.Check(site);

        // Then
        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.EmptyDownload, "about/index.html", "../data/empty.csv"), (problem.Code, problem.Page, problem.Link));
    }

    [Fact]
    public void A_link_repeated_on_a_page_is_one_problem_with_the_line_of_the_first()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith("<a href=\"../gone/\">Gone</a>\n<p>\n<a href=\"../gone/\">Gone again</a>"));

        // When
        var report = CheckedOutput.Check(site);

        // Then
        var problem = Assert.Single(report.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Equal("link to '../gone/' (a href): no such page: nothing at 'gone/index.html' in the output", problem.Message);
    }

    [Fact]
    public void Pretty_urls_folders_without_a_slash_and_the_home_page_by_base_path_resolve()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith("<a href=\"/cs\">Home</a> <a href=\"/cs/about\">About</a> <a href=\"/cs/about/index.html#team\">Team</a> <a href=\"#top\">Top</a>"));

        // When
        var report = CheckedOutput.Check(site);

        // Then
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void Under_the_root_base_path_nothing_leaves_the_base_path_but_wrong_prefixes_are_broken()
    {
        // Given: the site is checked as if published at / instead of /cs/.
        using var site = CheckedOutput.Create();

        // When
        var report = CheckedOutput.Check(site, "/");

        // Then: the /cs/ links now point at a cs/ folder that does not exist.
        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.Equal(DiagnosticCodes.BrokenLink, p.Code));
        Assert.Contains(report.Problems, p => p.Link == "/cs/about/");
    }

    [Fact]
    public void An_absolute_link_to_the_sites_own_host_is_internal()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith("<a href=\"https://www.example.gov.uk/cs/gone/\">Gone</a> <a href=\"https://www.example.gov.uk/other/\">Other</a>"));

        // When
        var report = CheckedOutput.Check(site, "https://www.example.gov.uk/cs/");

        // Then
        Assert.Equal(
            [(DiagnosticCodes.BrokenLink, "https://www.example.gov.uk/cs/gone/"), (DiagnosticCodes.LinkLeavesBasePath, "https://www.example.gov.uk/other/")],
            report.Problems.Select(p => (p.Code, p.Link)));
        Assert.DoesNotContain(report.External, e => e.Url.Contains("example.gov.uk", StringComparison.Ordinal));
    }

    [Fact]
    public void Ignored_links_are_neither_checked_nor_listed()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith("<a href=\"../legacy/plan.pdf\">Old plan</a>"));

        // When
        var report = Csa.Site.Checks.SiteChecker.Check(new Csa.Site.Checks.CheckOptions
        {
            Root = site.Output,
            BaseUrl = Csa.Site.Configuration.BaseUrl.TryParse("/cs/", out var b) ? b : throw new InvalidOperationException(),
            Ignore = Csa.Site.Checks.IgnoreList.Parse("# legacy files moved by the council\n../legacy/\nhttps://www.example.org/\n"),
        });

        // Then
        Assert.Empty(report.Problems);
        Assert.Empty(report.External);
    }
}
