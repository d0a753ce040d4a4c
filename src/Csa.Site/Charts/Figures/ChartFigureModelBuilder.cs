using System.Globalization;
using Csa.Site.Components;

namespace Csa.Site.Charts;

/// <summary>Builds the view model of <c>components/chart-figure.html</c> from a rendered chart: title, subtitle, key,
/// the engine-drawn SVGs, summary, source, data table and downloads naming format and size.</summary>
public static class ChartFigureModelBuilder
{
    /// <summary>Builds the figure's view model.</summary>
    /// <param name="figure">The rendered parts.</param>
    /// <param name="link">Turns a site-relative URL into the link to write (adds the base path).</param>
    /// <returns>The view model.</returns>
    public static ChartFigureModel Build(ChartFigure figure, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(link);
        var data = figure.Data;
        var sources = data.Table.Resource.Sources;
        var downloads = figure.Downloads.Select(d => new DownloadLinkModel(
            link(d.Url),
            d.MediaType,
            d.Format,
            d.Size,
            d.MediaType.StartsWith("image/", StringComparison.Ordinal) ? $"the chart “{data.Spec.Title}”" : $"the data “{data.Table.Resource.Title}”"));
        return new ChartFigureModel(
            data.Id,
            ChartKeys.NameOf(data.Spec.Type),
            data.Spec.Title,
            data.Spec.Subtitle,
            [.. ChartKey.ItemsOf(data).Select(KeyItem)],
            new RawHtml(figure.WideSvg),
            new RawHtml(figure.NarrowSvg),
            figure.Summary,
            sources.Count > 0 ? string.Join("; ", sources) : null,
            figure.Table,
            new DownloadsModel([.. downloads]));
    }

    private static ChartKeyItemModel KeyItem(ChartKeyItem item) => new(
        item.Text,
        item.Symbol.ToString().ToLowerInvariant(),
        item.Color.Hex,
        item.Dash is null ? null : string.Join(' ', item.Dash.Select(d => d.ToString(CultureInfo.InvariantCulture))),
        ChartReferenceStyle.Width.ToString(CultureInfo.InvariantCulture),
        item.Shape.ToString().ToLowerInvariant(),
        item.Glyph);
}
