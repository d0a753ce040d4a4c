using Csa.Site.Diagnostics;
using Scriban;

namespace Csa.Site.Templates;

/// <summary>Holds the content snippets: Markdown files in <c>content/_snippets/</c> that pages include with
/// <c>{{ include 'NAME.md' }}</c>, so text used on several pages (e.g. a priority's recommendations) is written once.</summary>
/// <remarks>A snippet is Markdown with Scriban, evaluated in the including page's context (it sees <c>page</c>, <c>site</c>
/// and <c>data</c>). Its text becomes part of that page's Markdown, so links in a snippet should be site-relative
/// (<c>/glossary/#pspo</c>): a relative link would be read from each including page's folder.</remarks>
public sealed class SnippetTemplates
{
    /// <summary>Gets the folder, inside the content folder, that holds snippets.</summary>
    public const string Folder = "_snippets";

    private SnippetTemplates(IReadOnlyDictionary<string, Template> templates, string prefix)
    {
        Templates = templates;
        Prefix = prefix;
    }

    /// <summary>Gets the snippets by their path from the site root (the key <c>include</c> resolves to).</summary>
    public IReadOnlyDictionary<string, Template> Templates { get; }

    /// <summary>Gets the site-root path of the snippets folder, ending with <c>/</c>.</summary>
    public string Prefix { get; }

    /// <summary>Reads and parses every snippet; syntax errors go to the bag.</summary>
    /// <param name="contentDirectory">The content folder on disk.</param>
    /// <param name="contentSitePath">The content folder as shown in diagnostics (e.g. <c>content</c>).</param>
    /// <param name="sources">Where file texts are recorded for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The snippets (none when the folder does not exist).</returns>
    public static SnippetTemplates Load(string contentDirectory, string contentSitePath, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var folder = Path.Combine(contentDirectory, Folder);
        var prefix = contentSitePath + "/" + Folder + "/";
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Content.SourceTree.Files(folder, "*.md"))
            {
                var sitePath = prefix + Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (Content.SourceText.Read(file, sitePath, diagnostics) is not { } text)
                {
                    continue;
                }

                sources.Add(sitePath, text);

                // Drop the final newline so an included snippet does not add a blank line of its own.
                templates[sitePath] = TemplateRunner.Parse(text.EndsWith('\n') ? text[..^1] : text, sitePath, 0, diagnostics);
            }
        }

        return new SnippetTemplates(templates, prefix);
    }

    /// <summary>Gets an empty set, for sites without snippets.</summary>
    public static SnippetTemplates None { get; } = new(new Dictionary<string, Template>(), "content/" + Folder + "/");
}
