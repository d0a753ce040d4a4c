using Csa.Site.Content;

namespace Csa.Site.Building;

/// <summary>Stage: leaves out drafts (unless asked for) and pages whose <c>publish_date</c> is after the build date.</summary>
public static class SelectPages
{
    /// <summary>Filters the pages.</summary>
    /// <param name="pages">The pages read.</param>
    /// <param name="options">The build options.</param>
    /// <returns>The pages to build.</returns>
    public static IReadOnlyList<PageSource> Run(IReadOnlyList<PageSource> pages, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var today = options.BuildDate ?? DateOnly.FromDateTime(DateTime.Today);
        return [.. pages.Where(p => (options.IncludeDrafts || !p.Meta.Draft) && (p.Meta.PublishDate is null || p.Meta.PublishDate <= today))];
    }
}
