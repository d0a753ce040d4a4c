using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

/// <summary>The CheckSettings stage: the settings only the theme and the release check read are checked where they are
/// read, each problem at its line in site.yml (issue #29: a javascript: help link went live, an unknown service left an
/// empty box). The bad-input corpus holds one case for each setting; this test reads all the problems of one file at once.</summary>
public sealed class CheckSettingsTests
{
    [Fact]
    public void Every_bad_help_setting_in_site_yml_is_reported_at_its_own_line_in_one_build()
    {
        // Given
        using var site = new TestSite("""
            -- content/site.yml --
            title: Test Partnership
            help:
              page: /get-help/
              first: [police, polise]
              then: victim-support
              services:
                - id: police
                  name: The police
                  number: "101"
                  web: javascript:alert(1)
                - id: police
                  name: The police again
            -- content/index.md --
            ---
            title: Home
            ---
            Hello.
            """);

        // When
        var result = site.Build(new BuildOptions { SiteRoot = site.Root, RunChecks = false });

        // Then: one error a line, each naming what to write
        var found = result.Diagnostics.Where(d => d.Code == "CSA0002").Select(d => $"{d.Line}: {d.Message}").ToList();
        Assert.Collection(
            found,
            l => Assert.StartsWith("3: 'help: page:' is '/get-help/', which is not a page of the site", l, StringComparison.Ordinal),
            l => Assert.StartsWith("4: 'help: first:' names the service 'polise', which is not under 'help: services:'; the services are: police", l, StringComparison.Ordinal),
            l => Assert.StartsWith("5: 'help: then:' must be a list of service ids, such as [emergency, police], not 'victim-support'", l, StringComparison.Ordinal),
            l => Assert.StartsWith("10: the service 'police' has web: 'javascript:alert(1)', which is not a web address", l, StringComparison.Ordinal),
            l => Assert.StartsWith("11: two services under 'help: services:' have the id 'police'", l, StringComparison.Ordinal));
        Assert.False(site.OutputExists("index.html"));
    }
}
