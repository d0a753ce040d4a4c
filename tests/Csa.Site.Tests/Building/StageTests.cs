using Csa.Site.Building;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Output;
using Csa.Site.Statistics;
using Csa.Site.Tests.Support;
using Csa.Site.Tests.Tables;

namespace Csa.Site.Tests.Building;

/// <summary>Tests each build stage on its own; whole-site behaviour is tested in the other Building tests.</summary>
public sealed class StageTests
{
    [Fact]
    public void LoadPages_skips_hidden_and_underscore_files_and_the_data_folder()
    {
        // Given
        using var site = new TestSite("""
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/_draft-notes.md --
            not a page
            -- content/.hidden/page.md --
            not a page
            -- content/data/readme.md --
            not a page
            -- content/priorities/_index.md --
            ---
            title: Priorities
            ---
            """);
        var bag = new DiagnosticBag();

        // When
        var pages = LoadPages.Run(new BuildOptions { SiteRoot = site.Root }, new SourceFiles(), bag);

        // Then
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(["index.md", "priorities/_index.md"], pages.Select(p => p.ContentPath));
    }

    [Fact]
    public void SelectPages_keeps_pages_published_on_or_before_the_build_date()
    {
        // Given
        var bag = new DiagnosticBag();
        var due = FrontMatterReader.Read("c/a.md", "a.md", "---\ntitle: A\npublish_date: 2020-04-01\n---\n", bag)!;
        var draft = FrontMatterReader.Read("c/b.md", "b.md", "---\ntitle: B\ndraft: true\n---\n", bag)!;

        // When
        var before = SelectPages.Run([due, draft], new BuildOptions { BuildDate = new DateOnly(2020, 3, 31) });
        var on = SelectPages.Run([due, draft], new BuildOptions { BuildDate = new DateOnly(2020, 4, 1), IncludeDrafts = true });

        // Then
        Assert.Empty(before);
        Assert.Equal(["a.md", "b.md"], on.Select(p => p.ContentPath));
    }

    [Fact]
    public void AssignUrls_reports_the_permalink_that_clashes_not_the_file_path_page()
    {
        // Given
        var bag = new DiagnosticBag();
        var clash = FrontMatterReader.Read("content/a.md", "a.md", "---\ntitle: A\nurl: /about/\n---\n", bag)!;
        var about = FrontMatterReader.Read("content/about.md", "about.md", "---\ntitle: About\n---\n", bag)!;

        // When
        var pages = AssignUrls.Run([clash, about], bag);

        // Then
        Assert.Equal(["about.md"], pages.Select(p => p.Source.ContentPath));
        Assert.Equal(("content/a.md", DiagnosticCodes.DuplicateUrl), bag.ToSortedList().Select(d => (d.Path, d.Code)).Single());
    }

    [Fact]
    public void ReadSiteConfig_reads_band_options_and_abbreviations()
    {
        // Given
        using var site = new TestSite("-- content/site.yml --\ntitle: T\nstatistics:\n  sd: population\n  above_sds: 1.5\nabbreviations:\n  ASB: anti-social behaviour\n");
        var bag = new DiagnosticBag();

        // When
        var config = ReadSiteConfig.Run(new BuildOptions { SiteRoot = site.Root }, new SourceFiles(), bag);

        // Then
        Assert.NotNull(config);
        Assert.Equal(new BandOptions { Kind = StandardDeviationKind.Population, AboveSds = 1.5, SignificantSds = 2 }, config.BandOptions);
        Assert.Equal("anti-social behaviour", config.Abbreviations["ASB"]);
    }

    [Theory]
    [InlineData("statistics:\n  sd: median\n", 2)]
    [InlineData("statistics:\n  above_sds: 3\n  significant_sds: 2\n", 2)]
    [InlineData("abbreviations:\n  - ASB\n", 2)]
    public void ReadSiteConfig_rejects_bad_settings_at_their_line(string yaml, int line)
    {
        // Given
        using var site = new TestSite("-- content/site.yml --\ntitle: T\n" + yaml);
        var bag = new DiagnosticBag();

        // When
        var config = ReadSiteConfig.Run(new BuildOptions { SiteRoot = site.Root }, new SourceFiles(), bag);

        // Then
        Assert.Null(config);
        Assert.Equal((DiagnosticCodes.BadSiteConfig, line), bag.ToSortedList().Select(d => (d.Code, d.Line)).Single());
    }

    [Fact]
    public void WritePages_writes_each_page_and_reports_one_with_an_unknown_layout()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nHi\n-- content/odd.md --\n---\ntitle: Odd\nlayout: nope\n---\n");
        var options = new BuildOptions { SiteRoot = site.Root };
        var bag = new DiagnosticBag();
        var sources = new SourceFiles();
        var config = ReadSiteConfig.Run(options, sources, bag)!;
        var theme = Csa.Site.Templates.ThemeTemplates.Load(options.Theme, "themes/default", sources, bag);
        var pages = AssignUrls.Run(LoadPages.Run(options, sources, bag), bag);
        var model = new Csa.Site.Templates.TemplateModel(config, config.BaseUrl, Csa.Site.Navigation.SiteNavigation.Build(pages));
        var runner = new Csa.Site.Templates.TemplateRunner(theme, Csa.Site.Templates.TemplateFunctions.CreateGlobals(model.Site, config, Csa.Site.Tables.SiteData.Empty, new Dictionary<string, IReadOnlyList<Csa.Site.Tables.TableDownload>>()), sources);
        var narrative = new Csa.Site.Narrative.NarrativeRenderer(Csa.Site.Narrative.MarkdownPipelineFactory.Create(), new Csa.Site.Narrative.LinkContext(config.BaseUrl, new Dictionary<string, string>(), new HashSet<string>()));
        var staging = new StagingFolder(Path.Combine(site.Root, "output"));

        // When
        var written = WritePages.Run(RenderNarratives.Run(pages, runner, model, narrative, bag), theme, runner, model, narrative, staging, bag);

        // Then
        Assert.Equal(1, written);
        Assert.Contains("<p>Hi</p>", File.ReadAllText(Path.Combine(staging.Root, "index.html")), StringComparison.Ordinal);
        Assert.Equal(("content/odd.md", 3, DiagnosticCodes.UnknownLayout), bag.ToSortedList().Select(d => (d.Path, d.Line, d.Code)).Single());
        staging.Discard();
    }

    [Fact]
    public void RenderCharts_draws_each_parsed_chart_block_writes_its_files_and_reports_a_bad_one_at_its_line()
    {
        // Given: two pages parsed, one with a good chart, one with a chart of an unknown type on line 7.
        using var site = Csa.Site.Tests.Charts.ChartSites.Create(Csa.Site.Tests.Charts.ChartSites.Data + Csa.Site.Tests.Charts.ChartSites.Page("Intro.\n\n" + Csa.Site.Tests.Charts.ChartSites.RankedChart)
            + "-- content/bad.md --\n---\ntitle: Bad\n---\nIntro.\n\n```chart\ntype: pie\n```\n");
        var options = new BuildOptions { SiteRoot = site.Root };
        var bag = new DiagnosticBag();
        var sources = new SourceFiles();
        var config = ReadSiteConfig.Run(options, sources, bag)!;
        var theme = Csa.Site.Templates.ThemeTemplates.Load(options.Theme, "themes/default", sources, bag);
        var data = LoadTables.Run(options, sources, bag);
        var pages = AssignUrls.Run(LoadPages.Run(options, sources, bag), bag);
        var model = new Csa.Site.Templates.TemplateModel(config, config.BaseUrl, Csa.Site.Navigation.SiteNavigation.Build(pages));
        var runner = new Csa.Site.Templates.TemplateRunner(theme, Csa.Site.Templates.TemplateFunctions.CreateGlobals(model.Site, config, data, new Dictionary<string, IReadOnlyList<Csa.Site.Tables.TableDownload>>()), sources);
        var narrative = new Csa.Site.Narrative.NarrativeRenderer(Csa.Site.Narrative.MarkdownPipelineFactory.Create(), new Csa.Site.Narrative.LinkContext(config.BaseUrl, new Dictionary<string, string>(), new HashSet<string>()));
        var drafts = RenderNarratives.Run(pages, runner, model, narrative, bag);
        var staging = new StagingFolder(Path.Combine(site.Root, "output"));
        var charts = new Csa.Site.Charts.ChartRenderer(data, new Dictionary<string, IReadOnlyList<Csa.Site.Tables.TableDownload>>(), config.BaseUrl.Link, config.BandOptions, Csa.Site.Charts.ChartFonts.Load(options.Theme), staging.WriteBytes);

        // When
        var count = RenderCharts.Run(drafts, charts, bag);

        // Then
        Assert.Equal(1, count);
        var home = drafts.Single(d => d.Page.IsHome).Narrative!.Charts.Single();
        Assert.Contains("<figure", home.Block.Html, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(staging.Root, "charts"), "home-*.svg").Any());
        var bad = drafts.Single(d => !d.Page.IsHome).Narrative!.Charts.Single();
        Assert.Equal(string.Empty, bad.Block.Html);
        Assert.Contains(("content/bad.md", 7, DiagnosticCodes.UnknownChartType), bag.ToSortedList().Select(d => (d.Path, d.Line, d.Code)));
        Assert.All(bag.ToSortedList(), d => Assert.Equal("content/bad.md", d.Path));
        staging.Discard();
    }

    [Fact]
    public void LoadTables_without_a_data_folder_has_no_tables_and_no_errors()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n");
        var bag = new DiagnosticBag();

        // When
        var data = LoadTables.Run(new BuildOptions { SiteRoot = site.Root }, new SourceFiles(), bag);

        // Then
        Assert.Empty(data.Tables);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void PublishTables_CopyAssets_and_WriteSiteFiles_write_into_the_staging_folder_only()
    {
        // Given
        using var site = new TestSite(TableSites.Site);
        var options = new BuildOptions { SiteRoot = site.Root };
        var bag = new DiagnosticBag();
        var data = LoadTables.Run(options, new SourceFiles(), bag);
        var staging = new StagingFolder(Path.Combine(site.Root, "output"));
        var page = new Page(FrontMatterReader.Read("content/index.md", "index.md", "---\ntitle: Home\n---\n", bag)!, "/", "index.html");

        // When
        var downloads = PublishTables.Run(data, staging);
        var copied = CopyAssets.Run(options, CopyAssets.ContentAssets(options), staging);
        WriteSiteFiles.Run([page], BaseUrl.Root, staging);

        // Then
        Assert.Equal(["CSV", "JSON", "ODS"], downloads["ward-rates"].Select(d => d.Format));
        Assert.Equal(1, copied);
        foreach (var file in new[] { "data/ward-rates.csv", "data/ward-rates.json", "data/ward-rates.ods", "data/datapackage.json", "data/csv-metadata.json", "assets/site.css", "sitemap.xml", "robots.txt" })
        {
            Assert.True(File.Exists(Path.Combine(staging.Root, file)), file);
        }

        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(staging.Root, "robots.txt")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        staging.Discard();
        Assert.False(Directory.Exists(staging.Root));
    }
}
