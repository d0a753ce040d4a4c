using System.Runtime.CompilerServices;
using Csa.Site.Configuration;
using Csa.Site.Narrative;

namespace Csa.Site.Printing;

/// <summary>Keeps each page's body as rewritten for the whole-plan document between builds (<c>csa-site serve</c>), so
/// only the bodies of pages rendered again are rewritten.</summary>
/// <remarks>A body is found by the rendered page it came from (the same object while a build session reuses the page), and
/// reused only when the part ids of every page and the base URL are as they were. Safe to use from one build at a time.</remarks>
public sealed class PrintPartCache
{
    private readonly ConditionalWeakTable<RenderedNarrative, Entry> _parts = [];

    /// <summary>Returns a body rewritten for its part, reusing the last rewrite of the same rendered body.</summary>
    /// <param name="narrative">The page's body as rendered for its own page.</param>
    /// <param name="context">A fingerprint of everything else the rewrite reads: the part id of every page and the base URL.</param>
    /// <param name="rewrite">Rewrites the body.</param>
    /// <returns>The rewritten body.</returns>
    public string Rewrite(RenderedNarrative narrative, string context, Func<string> rewrite)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rewrite);
        if (_parts.TryGetValue(narrative, out var kept) && kept.Context == context)
        {
            return kept.Html;
        }

        var html = rewrite();
        _parts.AddOrUpdate(narrative, new Entry(context, html));
        return html;
    }

    /// <summary>Returns the fingerprint of what a rewrite reads besides the body.</summary>
    /// <param name="ids">The part id of every page, by site URL.</param>
    /// <param name="baseUrl">Where the site is published.</param>
    /// <param name="partId">The part's own id.</param>
    /// <returns>The fingerprint.</returns>
    internal static string ContextOf(IReadOnlyDictionary<string, string> ids, BaseUrl baseUrl, string partId) =>
        partId + "\n" + baseUrl.Path + "\n" + baseUrl.Origin + "\n" + string.Join('\n', ids.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Key + " " + i.Value));

    private sealed record Entry(string Context, string Html);
}
