using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Builds the real default site (content/ and themes/default) once for the tests that inspect it.</summary>
public sealed class DefaultSiteFixture : IDisposable
{
    public DefaultSiteFixture()
    {
        Repository = RepositoryRoot.Find();
        Output = Path.Combine(Path.GetTempPath(), "csa-default-site-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(new BuildOptions { SiteRoot = Repository, OutputDirectory = Output, BuildDate = new DateOnly(2026, 11, 25) });
    }

    public string Repository { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
