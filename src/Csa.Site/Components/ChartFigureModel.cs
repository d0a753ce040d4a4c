namespace Csa.Site.Components;

/// <summary>Feeds <c>components/chart-figure.html</c>: a chart as an accessible <c>figure</c>.</summary>
/// <param name="Id">The figure's id, unique on its page; the title's id is <c>ID-title</c>.</param>
/// <param name="Type">The chart type: <c>ranked-bars</c>, <c>paired</c>, <c>part-to-whole</c>, <c>line</c> or <c>profile</c>.</param>
/// <param name="Title">The headline title.</param>
/// <param name="Subtitle">The statistical subtitle (measure, place, period).</param>
/// <param name="Key">The key entries; empty when the chart labels everything directly.</param>
/// <param name="WideSvg">The engine-drawn SVG for wide screens and print.</param>
/// <param name="NarrowSvg">The engine-drawn SVG for narrow screens.</param>
/// <param name="Summary">The text summary written from the data.</param>
/// <param name="Source">The sources, joined with <c>; </c>; <see langword="null"/> for none.</param>
/// <param name="Table">The chart's data, for <c>components/table.html</c>.</param>
/// <param name="Downloads">The data and chart downloads, for <c>components/downloads.html</c>.</param>
/// <param name="Profile">A profile chart's data as <c>components/profile.html</c> shows it, in place of <paramref name="Table"/>; <see langword="null"/> for other types.</param>
public sealed record ChartFigureModel(
    string Id,
    string Type,
    string Title,
    string Subtitle,
    IReadOnlyList<ChartKeyItemModel> Key,
    RawHtml WideSvg,
    RawHtml NarrowSvg,
    string Summary,
    string? Source,
    DataTableModel Table,
    DownloadsModel Downloads,
    ProfileModel? Profile = null);
