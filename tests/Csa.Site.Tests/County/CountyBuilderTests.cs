using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.County;

/// <summary>A county of partnerships in one build: the Lichfield content and a small synthetic partnership (Vale, under
/// tests/) each under its own path, a county home page linking them, one sitemap and one check over the whole (issue 11).</summary>
public sealed class CountyBuilderTests
{
    private static TestSite County()
    {
        var repo = RepositoryRoot.Find();
        var lichfield = Path.Combine(repo, "content").Replace('\\', '/');
        var vale = Path.Combine(repo, "tests", "Csa.Site.Tests", "County", "Vale").Replace('\\', '/');
        var site = new TestSite($$"""
            -- content/site.yml --
            title: County community safety partnerships (test)
            partnerships:
              - {path: lichfield, content: "{{lichfield}}"}
              - {path: vale, content: "{{vale}}"}
            -- content/index.md --
            ---
            title: Community safety in the county
            ---
            Read the plan of [Lichfield](/lichfield/) or [Synthetic Vale](/vale/).
            """, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        return site;
    }

    private static BuildResult Build(TestSite site) =>
        CountyBuilder.Build(new BuildOptions { SiteRoot = site.Root, BuildDate = new DateOnly(2026, 1, 1) });

    [Fact]
    public void Each_partnership_has_its_own_path_footer_and_data_under_one_county_home_and_one_sitemap()
    {
        // Given
        using var site = County();

        // When
        var result = Build(site);

        // Then
        Assert.True(result.Succeeded && result.Warnings == 0, string.Join('\n', result.Diagnostics));
        var home = site.Html("index.html");
        Assert.Equal(["/lichfield/", "/vale/"], home.QuerySelectorAll(".csa-prose a").Select(a => a.GetAttribute("href")));
        var vale = site.Html("vale/index.html");
        Assert.Contains("Crime in the vale: 123 crimes.", vale.QuerySelector(".csa-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Synthetic Vale community safety team", vale.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Lichfield", vale.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Staffordshire", vale.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("Lichfield", site.Html("lichfield/index.html").QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.OutputExists("vale/data/vale-crime.csv"));
        Assert.True(site.OutputExists("lichfield/data/ward-offence-rates.csv"));
        Assert.False(site.OutputExists("data/ward-offence-rates.csv"));
        Assert.Contains("href=\"/vale/data/vale-crime.csv\"", site.ReadOutput("vale/data/index.html"), StringComparison.Ordinal);

        // Then: one sitemap, at the root, listing every partnership's pages
        Assert.False(site.OutputExists("lichfield/sitemap.xml"));
        Assert.False(site.OutputExists("vale/robots.txt"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>/vale/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>/lichfield/priorities/</loc>", sitemap, StringComparison.Ordinal);

        // Then: check finds nothing over the whole county
        var report = Csa.Site.Checks.SiteChecker.Check(new Csa.Site.Checks.CheckOptions { Root = site.Output });
        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Select(p => p.Message)));
    }

    [Fact]
    public void Partnership_pages_link_back_to_the_county_home_which_lists_every_partnership()
    {
        // Given (issue #23: a partnership's pages could not link to the county's home, and the theme offered no way back)
        using var site = County();

        // When
        var result = Build(site);

        // Then: each partnership page names the county and links to its home, in the header and the footer
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var page in new[] { "vale/index.html", "vale/data/index.html", "lichfield/priorities/index.html" })
        {
            var html = site.Html(page);
            Assert.Equal("Part of County community safety partnerships (test)", html.QuerySelector(".csa-header__county")!.TextContent);
            Assert.Equal("/", html.QuerySelector(".csa-header__county a")!.GetAttribute("href"));
            Assert.Contains(html.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/" && a.TextContent.StartsWith("County community safety partnerships (test)", StringComparison.Ordinal));
        }

        // Then: the county's home lists the partnerships by their own titles; it is not "part of" itself
        var home = site.Html("index.html");
        Assert.Null(home.QuerySelector(".csa-header__county"));
        var listed = home.QuerySelectorAll("#csa-partnerships-heading + ul a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Lichfield District Community Safety Partnership", "/lichfield/"), ("Synthetic Vale Community Safety Partnership", "/vale/")], listed);
    }

    [Fact]
    public void A_partnerships_broken_link_is_reported_at_its_content_file_and_the_output_never_at_a_staging_folder()
    {
        // Given: a partnership page with a link the check finds broken, written by hand into a copy of Vale
        using var site = County();
        var vale = Path.Combine(site.Root, "vale");
        var source = Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "County", "Vale");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(vale, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(vale, "index.md"), "\n<a href=\"/vale/nowhere/\">Nowhere</a>\n");
        var county = File.ReadAllText(Path.Combine(site.Root, "content", "site.yml"));
        File.WriteAllText(Path.Combine(site.Root, "content", "site.yml"), System.Text.RegularExpressions.Regex.Replace(county, "content: \"[^\"]*Vale\"", "content: ../vale"));

        // When
        var result = Build(site);

        // Then
        var broken = Assert.Single(result.Diagnostics, d => d.Code == "CSA0302");
        Assert.Equal("vale/index.md", broken.Path);
        Assert.StartsWith("output/vale/index.html:", broken.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_release_check_of_a_county_checks_each_partnership_as_a_site_of_its_own()
    {
        // Given: a county built; Vale's statement is the theme's, with no accessibility settings in its site.yml
        using var site = County();
        Assert.True(Build(site).Succeeded);

        // When
        var report = await Csa.Site.Release.ReleaseChecker.CheckAsync(new Csa.Site.Release.ReleaseOptions
        {
            SiteRoot = site.Root,
            Content = Path.Combine(site.Root, "content"),
            Output = site.Output,
            Date = new DateOnly(2026, 3, 20),
            CheckExternal = false,
        });

        // Then: the county's statement, Lichfield's own statement and Vale's settings, each at its own file
        var statements = report.Findings.Where(f => f.Code == "CSA1004").Select(f => f.Path).Distinct().ToList();
        Assert.Contains("content/site.yml", statements);
        Assert.Contains(statements, p => p.EndsWith("/content/accessibility.md", StringComparison.Ordinal));
        Assert.Contains(statements, p => p.EndsWith("/County/Vale/site.yml", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Code == "CSA1006" && f.Path.EndsWith("/content/data/plan-actions.csv", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Path.StartsWith("output/", StringComparison.Ordinal) && f.Code == "CSA1003");
    }

    [Fact]
    public void A_failed_partnership_fails_the_county_and_leaves_the_previous_output_untouched()
    {
        // Given: a county built once, then a partnership with a broken table
        using var site = County();
        Assert.True(Build(site).Succeeded);
        var before = site.HashOutput();
        var vale = Path.Combine(site.Root, "vale");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "County", "Vale"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(vale, Path.GetRelativePath(Path.Combine(RepositoryRoot.Find(), "tests", "Csa.Site.Tests", "County", "Vale"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(vale, "data", "vale-crime.csv"), "area,crimes\nVale,lots\n");
        var county = File.ReadAllText(Path.Combine(site.Root, "content", "site.yml"));
        File.WriteAllText(Path.Combine(site.Root, "content", "site.yml"), System.Text.RegularExpressions.Regex.Replace(county, "content: \"[^\"]*Vale\"", "content: ../vale"));

        // When
        var result = Build(site);

        // Then
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "CSA0402" && d.Path.EndsWith("vale/data/vale-crime.csv", StringComparison.Ordinal) && d.Line == 2);
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void A_partnership_without_a_content_folder_is_an_error_in_the_county_settings()
    {
        // Given
        using var site = County();
        site.WriteFiles("-- content/site.yml --\ntitle: County\npartnerships:\n  - {path: nowhere, content: ../missing}\n");

        // When
        var result = Build(site);

        // Then: at the partnership's own line
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("content/site.yml", 3, "CSA0002"), (error.Path, error.Line, error.Code));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - path: assets\n    content: ../vale-copy\n", 3, "partnership path 'assets' is taken by the county's own site")]
    [InlineData("  - path: accessibility\n    content: ../vale-copy\n", 3, "partnership path 'accessibility' is taken by the county's own site")]
    [InlineData("  - path: vale\n    content: ../no-site-yml\n", 4, "partnership 'vale': the folder 'no-site-yml' has no site.yml, so it is not a partnership's content folder")]
    public void A_partnership_path_the_county_uses_or_a_folder_that_is_no_partnerships_is_one_error_at_its_line(string entry, int line, string expected)
    {
        // Given: issue #29, 'path: assets' gave 18 knock-on errors with no line; 'content: /etc' gave 854, none about site.yml
        using var site = County();
        Directory.CreateDirectory(Path.Combine(site.Root, "no-site-yml"));
        File.WriteAllText(Path.Combine(site.Root, "no-site-yml", "notes.md"), "Not a partnership.\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "vale-copy"));
        File.WriteAllText(Path.Combine(site.Root, "vale-copy", "site.yml"), "title: Vale\n");
        site.WriteFiles("-- content/site.yml --\ntitle: County\npartnerships:\n" + entry);

        // When
        var result = Build(site);

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("content/site.yml", line, "CSA0002"), (error.Path, error.Line, error.Code));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parts/vale", "it is the content folder 'parts/vale' of partnership 'vale'")]
    [InlineData("parts", "it holds the content folder 'parts/vale' of partnership 'vale'")]
    [InlineData("parts/vale/built", "it is inside the content folder 'parts/vale' of partnership 'vale'")]
    public void Force_never_replaces_a_partnerships_content_folder_nor_one_that_holds_it(string output, string reason)
    {
        // Given: a county whose partnership lives beside it (issue #29: '--output lich --force' replaced its content)
        using var site = new TestSite("""
            -- county/site.yml --
            title: County (synthetic)
            partnerships:
              - {path: vale, content: ../parts/vale}
            -- county/index.md --
            ---
            title: Home
            ---
            Read [Vale](/vale/).
            -- parts/vale/site.yml --
            title: Vale (synthetic)
            -- parts/vale/index.md --
            ---
            title: Vale
            ---
            Words.
            """, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        var before = Directory.EnumerateFiles(Path.Combine(site.Root, "parts"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        // When
        var run = Cli.CliTests.CsaSite(site.Root, "build", "--content", "county", "--output", output, "--force");

        // Then
        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains($"county/site.yml:2:1: error CSA0004: will not use '{output}' as the output folder: {reason}", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFiles(Path.Combine(site.Root, "parts"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());
    }
}
