using Csa.Site.Browser.Tests.Support;
using Csa.Site.Building;

namespace Csa.Site.Browser.Tests.Sites;

/// <summary>A small synthetic site rendered with the default theme: a long page with a contents list, a wide table,
/// a nested section and long words, the things the real content may not have yet.</summary>
/// <remarks>Every name and number here is synthetic test data, not from the strategic assessment.</remarks>
public sealed class SampleSite : SiteUnderTest
{
    /// <summary>The file of the long page with the wide table.</summary>
    public const string LongPage = "report/index.html";

    /// <summary>The file of a page two levels down, whose section is marked as current.</summary>
    public const string NestedPage = "section/child/index.html";

    private static readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["site.yml"] = """
            title: Synthetic Test Partnership
            description: A synthetic site for testing the default theme.
            language: en-GB
            source: "Source: synthetic test data, not real figures."
            licence: Contains public sector information licensed under the Open Government Licence v3.0.
            contact:
              name: Test Team
              organisation: Synthetic Council
              email: test-team@example.org
            """,
        ["index.md"] = """
            ---
            title: Synthetic test site
            summary: A synthetic home page for testing the theme.
            ---
            This site holds synthetic test data. See the [long report](report.md).

            ## What is here

            A long page and a section.
            """,
        ["report.md"] = """
            ---
            title: A long report
            summary: A long synthetic page with a contents list and a wide table.
            order: 1
            ---
            ## First section

            Text with a very long word: Pneumonoultramicroscopicsilicovolcanoconiosis-and-more-words-joined-together-for-testing.
            A link to an external page: [the Open Government Licence](https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).

            ## A wide table

            | Ward (synthetic) | Measure A | Measure B | Measure C | Measure D | Measure E | Measure F | Measure G | Measure H |
            |---|--:|--:|--:|--:|--:|--:|--:|--:|
            | Alphaville North and Betatown South-East | 1,234.5 | 2,345.6 | 3,456.7 | 4,567.8 | 5,678.9 | 6,789.0 | 7,890.1 | 8,901.2 |
            | Gamma Green | 12.3 | 23.4 | 34.5 | 45.6 | 56.7 | 67.8 | 78.9 | 89.0 |

            ## Third section

            *[ASB]: Anti-social behaviour

            ASB is a synthetic example of an abbreviation.

            ### A subsection

            More text.

            ## Fourth section

            The end.
            """,
        ["section/index.md"] = """
            ---
            title: A section
            summary: A synthetic section page.
            order: 2
            ---
            The pages in this section.
            """,
        ["accessibility.md"] = """
            ---
            title: Accessibility statement
            summary: A synthetic accessibility statement, linked from every page's footer.
            nav: false
            ---
            This is a synthetic test page.
            """,
        ["section/child.md"] = """
            ---
            title: A page in the section
            summary: A synthetic page inside a section.
            ---
            Text of the page in the section.
            """,
    };

    protected override BuildOptions CreateOptions()
    {
        var content = Path.Combine(TempRoot, "content");
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text + "\n");
        }

        return new BuildOptions
        {
            SiteRoot = TempRoot,
            ContentDirectory = content,
            ThemeDirectory = Path.Combine(RepositoryRoot.Find(), "themes", "default"),
            BaseUrl = "/sample/",
        };
    }
}
