using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs axe on every page of the synthetic sample site.</summary>
public sealed class SampleSiteAxeTests(SampleSite site) : AxeTests<SampleSite>(site), IClassFixture<SampleSite>;
