using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks on the real default site published at the root of a host.</summary>
public sealed class DefaultSitePageTests(DefaultSite site) : PageTests<DefaultSite>(site), IClassFixture<DefaultSite>;
