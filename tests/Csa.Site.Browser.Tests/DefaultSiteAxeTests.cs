using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs axe on every page of the real default site.</summary>
public sealed class DefaultSiteAxeTests(DefaultSite site) : AxeTests<DefaultSite>(site), IClassFixture<DefaultSite>;
