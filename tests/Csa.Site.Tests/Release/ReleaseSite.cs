using Csa.Site.Checks;
using Csa.Site.Release;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Release;

/// <summary>A small site that is ready to publish, built with the marker theme, for tests that break one thing at a time.</summary>
internal static class ReleaseSite
{
    public const string SiteYml = """
        -- content/site.yml --
        title: Test Partnership
        base_url: https://www.example.gov.uk/cs/
        publish_by: 2026-04-01
        """;

    public const string Statement = """
        -- content/accessibility.md --
        ---
        title: Accessibility statement
        ---
        This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.

        ## Non-accessible content

        Chart pictures have no text description.

        ## Feedback and contact information

        If you need information in a different format, or want to report a problem, email
        <access@partnership.gov.uk> or call 01234 567890.

        ## Enforcement procedure

        The Equality and Human Rights Commission (EHRC) enforces the regulations. Contact the
        [Equality Advisory and Support Service](https://www.equalityadvisoryservice.com/).

        ## Preparation of this statement

        This statement was prepared on 1 March 2026. It was last reviewed on 1 March 2026.
        """;

    public const string Index = """
        -- content/index.md --
        ---
        title: Home
        ---
        Welcome. Read the [accessibility statement](accessibility.md).
        """;

    /// <summary>Writes the ready site with the given files replacing its own, builds it and runs the release check offline.</summary>
    public static ReleaseReport Check(string changes = "", DateOnly? date = null, ExternalLinkOptions? external = null, IReadOnlyList<string>? ignore = null)
    {
        using var site = new TestSite(SiteYml + "\n" + Statement + "\n" + Index);
        site.WriteFiles(changes);
        site.BuildClean();
        return Run(site, date, external, ignore);
    }

    public static ReleaseReport Run(TestSite site, DateOnly? date = null, ExternalLinkOptions? external = null, IReadOnlyList<string>? ignore = null) =>
        ReleaseChecker.CheckAsync(new ReleaseOptions
        {
            SiteRoot = site.Root,
            Content = Path.Combine(site.Root, "content"),
            Output = site.Output,
            Date = date ?? new DateOnly(2026, 3, 20),
            CheckExternal = external is not null,
            External = external ?? new ExternalLinkOptions(),
            Ignore = ignore ?? [],
        }).GetAwaiter().GetResult();

    public static string Lines(ReleaseReport report) => string.Join('\n', report.Findings);
}
