using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Records, page by page, which content snippets a build's templates included, so a build session
/// (<c>csa-site serve</c>) renders again only the pages that include a snippet that changed.</summary>
/// <remarks>Pages are told apart by their URL (<c>page.url</c> in the template's globals), as pages render in parallel. An
/// include made where no page is known is recorded as <see cref="Unattributed"/>: the session then trusts none of the records.</remarks>
public sealed class TemplateDependencies
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _snippets = new(StringComparer.Ordinal);
    private int _unattributed;

    /// <summary>Gets a value indicating whether a snippet was included where no page was known.</summary>
    public bool Unattributed => Volatile.Read(ref _unattributed) != 0;

    /// <summary>Returns the snippets the templates of a page included.</summary>
    /// <param name="url">The page's URL.</param>
    /// <returns>The snippets' site paths (<c>content/_snippets/wards/stowe.md</c>).</returns>
    public IReadOnlyCollection<string> SnippetsOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _snippets.TryGetValue(url, out var paths) ? [.. paths.Keys] : [];
    }

    /// <summary>Records an include of a snippet.</summary>
    /// <param name="context">The template context that included it.</param>
    /// <param name="path">The snippet's site path.</param>
    internal void Snippet(TemplateContext context, string path)
    {
        if (context.GetValue(new ScriptVariableGlobal(TemplateKeys.Page)) is ScriptObject page && page[TemplateKeys.Url] is string url)
        {
            _snippets.GetOrAdd(url, _ => new(StringComparer.Ordinal))[path] = 0;
        }
        else
        {
            Interlocked.Exchange(ref _unattributed, 1);
        }
    }
}
