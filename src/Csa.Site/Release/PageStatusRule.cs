using Csa.Site.Content;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Checks the pages' front matter: drafts and later <c>publish_date</c>s are left out (warnings);
/// a page marked <c>placeholder: true</c> blocks the release.</summary>
internal static class PageStatusRule
{
    /// <summary>The front-matter key that marks a page as standing in for text still to be written.</summary>
    public const string PlaceholderKey = "placeholder";

    /// <summary>Reports drafts, later publish dates and placeholder pages.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="pages">The content's pages as read.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, IReadOnlyList<PageSource> pages, DiagnosticBag findings)
    {
        foreach (var page in pages.OrderBy(p => p.SitePath, StringComparer.Ordinal))
        {
            var meta = page.Meta;
            if (meta.Values.Get(PlaceholderKey) is true)
            {
                findings.Error(page.SitePath, meta.Values.LineOf(PlaceholderKey), 0, ReleaseCodes.UnpublishedPage, $"'{meta.Title}' is marked 'placeholder: true': write the page and remove the mark, or remove the page");
            }

            if (meta.Draft)
            {
                findings.Warning(page.SitePath, meta.Values.LineOf(PageKeys.Draft), 0, ReleaseCodes.UnpublishedPage, $"'{meta.Title}' is a draft and is left out of the site: remove 'draft: true' to publish it");
            }
            else if (meta.PublishDate is { } date && date > options.Date)
            {
                findings.Warning(page.SitePath, meta.Values.LineOf(PageKeys.PublishDate), 0, ReleaseCodes.UnpublishedPage, $"'{meta.Title}' has publish_date {date:yyyy-MM-dd}, after {options.Date:yyyy-MM-dd}: it is left out until a build on or after that day");
            }
        }
    }
}
