using Csa.Site.Building;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Building;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        // Given: a site with every chart type, tables, downloads and the default theme, built into two output folders.
        using var site = new TestSite(string.Empty, withMarkerTheme: false);
        site.CopyFromRepository("themes/default");
        site.WriteFiles(Csa.Site.Tests.Charts.ChartSites.AllCharts + "\n-- content/tables.md --\n---\ntitle: Tables\n---\nBack [home](index.md).\n\n{{ table 'ward-rates' {} }}\n\n{{ profile 'ward-rates' 'Hightown' {} }}\n");
        var first = Path.Combine(Path.GetTempPath(), "csa-det-" + Guid.NewGuid().ToString("N"));
        var second = first + "-2";
        var options = new BuildOptions { SiteRoot = site.Root, BuildDate = new DateOnly(2026, 1, 1) };

        try
        {
            // When
            var a = SiteBuilder.Build(options with { OutputDirectory = first });
            var b = SiteBuilder.Build(options with { OutputDirectory = second });

            // Then
            Assert.True(a.Succeeded && b.Succeeded, string.Join('\n', a.Diagnostics.Concat(b.Diagnostics)));
            Assert.True(a.Pages > 0);
            Assert.Equal(TestSite.HashFolder(first), TestSite.HashFolder(second));
        }
        finally
        {
            foreach (var dir in new[] { first, second }.Where(Directory.Exists))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
