using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks on the real default site published under <c>/community-safety/lichfield/</c>.</summary>
/// <remarks>axe is not run again here: the pages differ from <see cref="DefaultSiteAxeTests"/>'s only in their links.</remarks>
public sealed class SubPathSitePageTests(SubPathSite site) : PageTests<SubPathSite>(site), IClassFixture<SubPathSite>;
