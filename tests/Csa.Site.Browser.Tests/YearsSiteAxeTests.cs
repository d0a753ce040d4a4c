using Csa.Site.Browser.Tests.Sites;

namespace Csa.Site.Browser.Tests;

/// <summary>Runs axe on every page of the synthetic site of several years.</summary>
public sealed class YearsSiteAxeTests(YearsSite site) : AxeTests<YearsSite>(site), IClassFixture<YearsSite>;
