using System.Text.Json;
using Csa.Site.Tests.Support;
using static Csa.Site.Tests.Cli.CliTests;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks that the default content is ready to publish once the partnership supplies what only it can.</summary>
public sealed class ReleaseReadinessTests : IClassFixture<DefaultSiteFixture>
{
    private readonly DefaultSiteFixture _site;

    public ReleaseReadinessTests(DefaultSiteFixture site) => _site = site;

    [Fact]
    public void The_default_content_is_blocked_by_exactly_what_the_partnership_must_supply()
    {
        // Given the Lichfield content as it is in the repository, built
        var repository = _site.Repository;
        var output = _site.Output;
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics));

        // When
        var run = CsaSite(repository, "check", "--release", "--output", output, "--offline", "--date", "2026-11-25", "--format", "json");

        // Then
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("severity").GetString()} {f.GetProperty("code").GetString()} {f.GetProperty("path").GetString()}: {f.GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        // The content writes its own statement: what it lacks is reported at that file.
        const string statement = "content/accessibility.md";
        string[] expected =
            [
                $"blocking CSA1004 {statement}: the statement does not say when it was last reviewed",
                $"blocking CSA1004 {statement}: the statement does not say when it was prepared",
                $"blocking CSA1004 {statement}: the statement gives no email address or phone number",
                "blocking CSA1005 content/site.yml: the base URL '/' has no host",
                "warning CSA1001 content/site.yml: no publishing deadline",
                "warning CSA1006 content/data/datapackage.yml: 31 measures are listed under not_published",
                "warning CSA1006 content/data/plan-actions.csv: 63 of the plan's 63 actions have no lead or no due date",
            ];
        Assert.True(expected.Length == findings.Count && expected.Zip(findings).All(p => p.Second.StartsWith(p.First, StringComparison.Ordinal)), string.Join('\n', findings));
    }

    [Fact]
    public void The_default_content_with_the_partnerships_details_and_a_host_is_ready()
    {
        // Given a copy of the Lichfield site where the test supplies the contact, the statement's dates, a host and a deadline
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("content");
        site.CopyFromRepository("themes/default");
        var siteYml = Path.Combine(site.Root, "content", "site.yml");
        var text = File.ReadAllText(siteYml)
            .Replace("base_url: /\n", "base_url: https://www.partnership.test/community-safety/\npublish_by: 2026-04-01\n", StringComparison.Ordinal)
            .Replace("  email:  ", "  email: access@partnership.test  ", StringComparison.Ordinal)
            .Replace("  phone:  ", "  phone: 01543 000000  ", StringComparison.Ordinal)
            .Replace("  prepared:\n", "  prepared: 2 March 2026\n", StringComparison.Ordinal)
            .Replace("  reviewed:\n", "  reviewed: 2 March 2026\n", StringComparison.Ordinal);
        File.WriteAllText(siteYml, text);
        site.BuildClean();

        // When
        var run = CsaSite(site.Root, "check", "--release", "--offline", "--date", "2026-03-20");

        // Then
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.StartsWith("Publish by 1 April 2026: 12 days left.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Ready to publish as of 2026-03-20: 0 blocking problems, 2 warnings", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("access@partnership.test", site.ReadOutput("accessibility/index.html"), StringComparison.Ordinal);
    }
}
