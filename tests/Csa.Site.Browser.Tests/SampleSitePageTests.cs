using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks on the synthetic sample site, which has a wide table and a long page.</summary>
public sealed class SampleSitePageTests(SampleSite site) : PageTests<SampleSite>(site), IClassFixture<SampleSite>;
