using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs the page checks on the synthetic site of several years: the year links, the change table and the trend chart.</summary>
public sealed class YearsSitePageTests(YearsSite site) : PageTests<YearsSite>(site), IClassFixture<YearsSite>;
