using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Content;

/// <summary>Issue 15: Unicode file names are normalised (NFC), so names that look alike get one URL, and a clash is CSA0103.</summary>
public sealed class ContentFilesTests
{
    private const string Decomposed = "cafe\u0301";
    private const string Composed = "caf\u00e9";

    [Fact]
    public void A_decomposed_file_name_gets_the_composed_URL_that_links_typed_either_way_find()
    {
        // Given: a page and a download saved with a decomposed e-acute, linked with the composed one
        using var site = new TestSite($"-- content/index.md --\n---\ntitle: Home\n---\n[Menu]({Composed}.md) and [the list]({Composed}-list.txt)\n");
        File.WriteAllText(Path.Combine(site.Root, "content", Decomposed + ".md"), "---\ntitle: Menu\n---\nTea.\n");
        File.WriteAllText(Path.Combine(site.Root, "content", Decomposed + "-list.txt"), "tea, coffee\n");

        // When
        site.BuildClean();

        // Then
        Assert.True(site.OutputExists($"{Composed}/index.html"));
        Assert.True(site.OutputExists($"{Composed}-list.txt"));
        Assert.False(site.OutputExists($"{Decomposed}/index.html"));
        Assert.Contains($"href=\"/{Composed}/\"", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_that_differ_only_in_normalisation_are_CSA0103()
    {
        // Given: two files that look the same in every file manager
        using var site = new TestSite("-- content/index.md --\n---\ntitle: Home\n---\nHi.\n");
        File.WriteAllText(Path.Combine(site.Root, "content", Composed + ".md"), "---\ntitle: One\n---\n");
        File.WriteAllText(Path.Combine(site.Root, "content", Decomposed + ".md"), "---\ntitle: Two\n---\n");

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CSA0103", "content/" + Composed + ".md"), (error.Code, error.Path));
        Assert.Contains($"differs from 'content/{Decomposed}.md' only in how its accented letters are encoded (Unicode normalisation)", error.Message, StringComparison.Ordinal);
    }
}
