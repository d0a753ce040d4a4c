using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Csa.Site.Charts;

/// <summary>Writes a chart into its page as an accessible <c>figure</c>: a caption with the headline title, the statistical
/// subtitle and the key above the chart; the SVG; a text summary and the source; the data table in a <c>details</c>; and
/// download links naming format and size.</summary>
/// <remarks>The output has no blank lines, so Markdown keeps it as one block.</remarks>
public static class ChartFigureWriter
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the figure.</summary>
    /// <param name="figure">The rendered parts.</param>
    /// <param name="link">Turns a site-relative URL into the link to write (adds the base path).</param>
    /// <returns>The HTML.</returns>
    public static string Write(ChartFigure figure, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(link);
        var data = figure.Data;
        var id = data.Id;
        var type = ChartKeys.NameOf(data.Spec.Type);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"{ChartClasses.Figure} {ChartClasses.Figure}--{type}\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption class=\"{ChartClasses.Caption}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"{ChartClasses.Title}\" id=\"{id}-title\">{E(data.Spec.Title)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"{ChartClasses.Subtitle}\">{E(data.Spec.Subtitle)}</p>\n");
        var key = ChartKey.ItemsOf(data);
        if (key.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<ul class=\"{ChartClasses.Key}\">\n");
            foreach (var item in key)
            {
                html.Append("<li>").Append(Symbol(item)).Append(E(item.Text)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</figcaption>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{ChartClasses.Graphic} {ChartClasses.GraphicWide}\">{figure.WideSvg}</div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{ChartClasses.Graphic} {ChartClasses.GraphicNarrow}\">{figure.NarrowSvg}</div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"{ChartClasses.Summary}\">{E(figure.Summary)}</p>\n");
        var sources = data.Table.Resource.Sources;
        if (sources.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"{ChartClasses.Source}\">Source: {E(string.Join("; ", sources))}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<details class=\"{ChartClasses.Data}\">\n<summary>Show the data for this chart</summary>\n");
        html.Append(figure.TableHtml.TrimEnd('\n')).Append("\n</details>\n");
        html.Append(CultureInfo.InvariantCulture, $"<ul class=\"downloads {ChartClasses.Downloads}\">\n");
        foreach (var d in figure.Downloads)
        {
            var what = d.MediaType.StartsWith("image/", StringComparison.Ordinal) ? $"the chart “{data.Spec.Title}”" : $"the data “{data.Table.Resource.Title}”";
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(link(d.Url))}\" type=\"{d.MediaType}\" download>Download {E(what)} as {d.Format} ({d.Size})</a></li>\n");
        }

        html.Append("</ul>\n</figure>\n");
        return html.ToString();
    }

    private static string Symbol(ChartKeyItem item)
    {
        const string Open = "<svg class=\"" + ChartClasses.KeySymbol + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 14\" width=\"24\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">";
        var colour = item.Color.Hex;
        return item.Symbol switch
        {
            ChartKeySymbol.Swatch => $"{Open}<rect x=\"4\" y=\"0\" width=\"16\" height=\"14\" fill=\"{colour}\"/></svg> ",
            ChartKeySymbol.Line => $"{Open}<line x1=\"0\" y1=\"7\" x2=\"24\" y2=\"7\" stroke=\"{colour}\" stroke-width=\"{ChartReferenceStyle.Width}\"{Dash(item.Dash)}/></svg> ",
            ChartKeySymbol.Series => $"{Open}<line x1=\"0\" y1=\"7\" x2=\"24\" y2=\"7\" stroke=\"{colour}\" stroke-width=\"2.5\"/>{Marker(item.Shape, colour)}</svg> ",
            _ => $"<span class=\"{ChartClasses.KeySymbol}\" aria-hidden=\"true\">{E(item.Glyph ?? string.Empty)}</span> ",
        };
    }

    private static string Dash(IReadOnlyList<float>? dash) =>
        dash is null ? string.Empty : $" stroke-dasharray=\"{string.Join(' ', dash.Select(d => d.ToString(CultureInfo.InvariantCulture)))}\"";

    private static string Marker(MarkerShape shape, string colour) => shape switch
    {
        MarkerShape.Circle => $"<circle cx=\"12\" cy=\"7\" r=\"4\" fill=\"{colour}\"/>",
        MarkerShape.Square => $"<rect x=\"8\" y=\"3\" width=\"8\" height=\"8\" fill=\"{colour}\"/>",
        MarkerShape.Triangle => $"<path d=\"M12 2.4L16.6 10.4L7.4 10.4Z\" fill=\"{colour}\"/>",
        _ => $"<path d=\"M12 1.8L17.2 7L12 12.2L6.8 7Z\" fill=\"{colour}\"/>",
    };

    private static string E(string text) => _encoder.Encode(text);
}
