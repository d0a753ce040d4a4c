using System.Text.Json;
using Csa.Site.Building;
using Csa.Site.Tests.Support;
using static Csa.Site.Tests.Cli.CliTests;

namespace Csa.Site.Tests.Release;

public sealed class ReleaseCommandTests
{
    [Fact]
    public void GitHub_format_writes_errors_and_warnings_as_annotations()
    {
        // Given
        using var site = new TestSite(ReleaseSite.SiteYml.Replace("https://www.example.gov.uk/cs/", "/", StringComparison.Ordinal) + "\n" + ReleaseSite.Statement + "\n" + ReleaseSite.Index);
        site.BuildClean();

        // When
        var run = CsaSite(site.Root, "check", "--release", "--offline", "--date", "2026-04-02", "--format", "github");

        // Then
        Assert.True(run.ExitCode == 1, run.Stdout);
        Assert.Contains("::error file=content/site.yml,line=2,title=CSA1005::the base URL '/' has no host", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("::warning file=content/site.yml,line=3,title=CSA1001::the deadline publish_by: 2026-04-01 passed 1 day ago", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        // Given
        using var site = new TestSite(ReleaseSite.Index);

        // When
        var run = CsaSite(site.Root, "check", "--release", "--date", "soon");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--date: 'soon' is not a date written YYYY-MM-DD", run.Stderr, StringComparison.Ordinal);
    }
}
