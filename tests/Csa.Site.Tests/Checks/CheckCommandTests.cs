using System.Text.Json;
using Csa.Site.Tests.Support;
using static Csa.Site.Tests.Cli.CliTests;

namespace Csa.Site.Tests.Checks;

public sealed class CheckCommandTests
{
    private const string Broken = "<a href=\"/cs/nowhere/\">Nowhere</a>";

    [Fact]
    public void A_clean_site_exits_zero_and_says_so()
    {
        // Given
        using var site = CheckedOutput.Create();

        // When
        var run = CsaSite(site.Root, "check", "--base-url", "/cs/");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("https://www.example.org/report.pdf  (1 page)", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Checked 3 pages and 6 files in 'output' in \d+\.\d\d s: no problems\.", run.Stdout);
    }

    [Fact]
    public void A_problem_is_a_readable_line_and_exit_code_one()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith(Broken));

        // When
        var run = CsaSite(site.Root, "check", "--base-url", "/cs/");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("output/about/index.html:5: error CSA0302: link to '/cs/nowhere/' (a href): no such page: nothing at 'nowhere/index.html' in the output\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(": 1 problem(s).", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_problems_and_external_links()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith(Broken));

        // When
        var run = CsaSite(site.Root, "check", "--base-url", "/cs/", "--format", "json");

        // Then
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("CSA0302", problem.GetProperty("code").GetString());
        Assert.Equal("about/index.html", problem.GetProperty("page").GetString());
        Assert.Equal(5, problem.GetProperty("line").GetInt32());
        Assert.Equal("a href", problem.GetProperty("element").GetString());
        Assert.Equal("/cs/nowhere/", problem.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("source").ValueKind);
        var external = Assert.Single(json.RootElement.GetProperty("external").EnumerateArray());
        Assert.Equal("https://www.example.org/report.pdf", external.GetProperty("url").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("pages").GetInt32());
    }

    [Fact]
    public void GitHub_format_writes_an_error_annotation_at_the_page_and_line()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith(Broken));

        // When
        var run = CsaSite(site.Root, "check", "--base-url", "/cs/", "--format", "github");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error file=output/about/index.html,line=5,title=CSA0302::link to '/cs/nowhere/' (a href): no such page", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ignore_file_silences_a_link_and_the_base_url_defaults_to_site_yml()
    {
        // Given
        using var site = CheckedOutput.Create(CheckedOutput.AboutWith(Broken) + "-- content/site.yml --\ntitle: T\nbase_url: /cs/\n-- links.ignore --\n# moved\n/cs/nowhere/\n");

        // When
        var run = CsaSite(site.Root, "check", "--ignore", "links.ignore");

        // Then
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--ignore", "no-such-file")]
    [InlineData("check", "--base-url", "ftp://x/")]
    public void A_bad_option_is_a_usage_error(params string[] args)
    {
        // Given
        using var site = CheckedOutput.Create();

        // When
        var run = CsaSite(site.Root, args);

        // Then
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_missing_output_folder_fails()
    {
        // When
        var run = CsaSite(Path.GetTempPath(), "check", "--output", "no-such-output-" + Guid.NewGuid().ToString("N"));

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("build the site first", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_fails_on_a_broken_link_unless_no_check_is_given()
    {
        // Given
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\n<a href=\"/nowhere/\">Nowhere</a>\n");

        // When
        var checkedBuild = CsaSite(site.Root, "build");
        var uncheckedBuild = CsaSite(site.Root, "build", "--no-check");

        // Then
        Assert.Equal(1, checkedBuild.ExitCode);
        Assert.Contains("content/index.md: error CSA0302: output/index.html:", checkedBuild.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, uncheckedBuild.ExitCode);
        Assert.Equal(1, CsaSite(site.Root, "check").ExitCode);
    }
}
