using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Gives the tests that inspect it the real default site (content/ and themes/default), built once per test run.</summary>
/// <remarks>Every test class that takes this fixture shares the one build, so the default site is built once, not once per
/// class; the tests only read it. The folder is removed when the test process ends.</remarks>
public sealed class DefaultSiteFixture
{
    private static readonly Lazy<(string Output, BuildResult Result)> _site = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public DefaultSiteFixture()
    {
        Repository = RepositoryRoot.Find();
        (Output, Result) = _site.Value;
    }

    public string Repository { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    private static (string Output, BuildResult Result) Build()
    {
        var output = Path.Combine(Path.GetTempPath(), "csa-default-site-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        var result = SiteBuilder.Build(new BuildOptions { SiteRoot = RepositoryRoot.Find(), OutputDirectory = output, BuildDate = new DateOnly(2026, 11, 25) });
        return (output, result);
    }
}
