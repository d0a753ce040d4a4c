using System.Diagnostics;
using System.Text;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Content;

/// <summary>Issue 15: nothing outside the content and theme folders is read or published; bytes that are not UTF-8 are an error.</summary>
public sealed class SourceTreeTests
{
    private const string Site = "-- content/index.md --\n---\ntitle: Home\n---\nHi.\n";

    [Theory]
    [InlineData("content/passwd.txt", "file")]
    [InlineData("content/page.md", "file")]
    [InlineData("content/_snippets/note.md", "file")]
    [InlineData("content/site.yml", "file")]
    [InlineData("content/data/secrets.csv", "file")]
    [InlineData("content/linked", "folder")]
    [InlineData("themes/default/assets/leak.txt", "file")]
    [InlineData("themes/default/layouts/partials/x.html", "file")]
    public void A_symbolic_link_in_content_or_theme_is_refused_at_its_path_and_never_read(string link, string kind)
    {
        // Given: the trap was a link to /etc/passwd published as /passwd.txt, and a linked CSV's error quoting the target's first line
        using var site = new TestSite(Site);
        site.BuildClean();
        var before = site.HashOutput();
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        var secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "root:x:0:0:secret first line\n");
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: Outside\n---\nroot:x:0:0\n");
        Directory.CreateDirectory(Path.Combine(site.Root, Path.GetDirectoryName(link)!));
        if (kind == "folder")
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, link), outside);
        }
        else
        {
            File.Delete(Path.Combine(site.Root, link));
            File.CreateSymbolicLink(Path.Combine(site.Root, link), secret);
        }

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0005");
        Assert.Equal(link, error.Path);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.ToDisplayString().Contains("root:x", StringComparison.Ordinal));
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public async Task A_fifo_in_content_is_refused_instead_of_blocking_the_build()
    {
        // Given: the trap was a FIFO in content/ blocking the build forever
        using var site = new TestSite(Site);
        MakeFifo(Path.Combine(site.Root, "content", "pipe.md"));
        MakeFifo(Path.Combine(site.Root, "themes", "default", "assets", "pipe.css"));

        // When
        var build = Task.Run(() => site.Build());

        // Then
        var result = await build.WaitAsync(TimeSpan.FromSeconds(60));
        var errors = result.Diagnostics.Where(d => d.Code == "CSA0005").Select(d => d.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["content/pipe.md", "themes/default/assets/pipe.css"], errors);
        Assert.Contains("special file", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_names_such_as_editor_lock_links_are_neither_read_nor_published()
    {
        // Given: Emacs keeps a lock as a dangling link named .#page.md; macOS leaves .DS_Store
        using var site = new TestSite(Site);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", ".#index.md"), "user@host.1234");
        File.WriteAllText(Path.Combine(site.Root, "content", ".DS_Store"), "x");
        File.WriteAllText(Path.Combine(site.Root, "themes", "default", "assets", ".hidden.css"), "x");

        // When
        site.BuildClean();

        // Then
        Assert.False(site.OutputExists(".DS_Store"));
        Assert.False(site.OutputExists("assets/.hidden.css"));
    }

    [Theory]
    [InlineData("content/about.md", "---\ntitle: About\n---\nFirst line.\nCaf\u00e9 ", 5, 6)]
    [InlineData("content/site.yml", "title: Test\nlanguage: en-GB\narea: Lich", 3, 11)]
    [InlineData("content/_snippets/note.md", "A note\n\u00e9t\u00e9 ", 2, 5)]
    [InlineData("themes/default/layouts/page.html", "<!DOCTYPE html>\n<html lang=\"en-GB\"><title>x", 2, 28)]
    public void Bytes_that_are_not_UTF_8_are_an_error_naming_the_file_line_and_byte(string path, string text, int line, int column)
    {
        // Given: the valid text followed by a Latin-1 e-acute (0xE9), which UTF-8 does not allow alone
        using var site = new TestSite(Site);
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Root, path))!);
        File.WriteAllBytes(Path.Combine(site.Root, path), bytes);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0006");
        Assert.Equal((path, line, column), (error.Path, error.Line, error.Column));
        Assert.Contains($"byte 0xE9 at byte offset {bytes.Length - 2}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSV_that_is_not_UTF_8_is_an_error_at_its_line()
    {
        // Given
        using var site = new TestSite(Site + """
            -- content/data/datapackage.yml --
            name: test
            resources:
              - name: wards
                path: wards.csv
                title: Wards
                schema:
                  fields:
                    - {name: ward, type: string}
                    - {name: crimes, type: integer}
                  primaryKey: ward
            """);
        File.WriteAllBytes(Path.Combine(site.Root, "content/data/wards.csv"), [.. Encoding.UTF8.GetBytes("ward,crimes\nStowe,12\nSt John"), 0x92, .. Encoding.UTF8.GetBytes("s,4\n")]);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.Code == "CSA0006");
        Assert.Equal(("content/data/wards.csv", 3, 8), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void A_UTF_16_page_is_an_error_saying_to_save_it_as_UTF_8()
    {
        // Given
        using var site = new TestSite(Site);
        File.WriteAllBytes(Path.Combine(site.Root, "content/about.md"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\ntitle: About\n---\n")]);

        // When
        var result = site.Build();

        // Then
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CSA0006", "content/about.md", 1), (error.Code, error.Path, error.Line));
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
