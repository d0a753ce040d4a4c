namespace Csa.Site.Charts;

/// <summary>Holds what makes a chart SVG an accessible image: its name (<c>title</c>), description (<c>desc</c>) and their ids.</summary>
/// <param name="IdPrefix">The prefix of the <c>title</c> and <c>desc</c> ids, unique on the page (e.g. <c>chart-ward-all-crime-wide</c>).</param>
/// <param name="Title">The accessible name: the chart's headline title.</param>
/// <param name="Description">The text summary of the data.</param>
public sealed record ChartSvgLabels(string IdPrefix, string Title, string Description)
{
    /// <summary>Gets the id of the <c>title</c> element.</summary>
    public string TitleId => IdPrefix + "-title";

    /// <summary>Gets the id of the <c>desc</c> element.</summary>
    public string DescriptionId => IdPrefix + "-desc";
}
