using System.Globalization;
using System.Xml.Linq;
using Csa.Site.Charts;

namespace Csa.Site.Tests.Charts.Oracle;

/// <summary>The oracle for <see cref="SvgChartWriter"/>: finishes the SVG that Skia's own SVG canvas writes: a <c>viewBox</c> instead of a fixed size, <c>role="img"</c>
/// with <c>title</c> and <c>desc</c>, classes and data attributes on every mark, and text as whole <c>text</c> elements.</summary>
/// <remarks>Skia writes one element per draw call in order, so element <em>n</em> is mark <em>n</em> of the scene. It places
/// every glyph of a text by itself (<c>x="10, 19, 27, …"</c>); the finisher gives each text one anchored position instead,
/// so a browser that falls back to another font still lines the text up against the axis.</remarks>
internal static class SkiaSvgFinisher
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    public static string Finish(string raw, ChartScene scene, ChartSvgLabels labels, bool standalone)
    {
        var root = XElement.Parse(raw[raw.IndexOf("<svg", StringComparison.Ordinal)..]);
        var elements = root.Elements().ToList();
        if (elements.Count != scene.Marks.Count)
        {
            throw new InvalidOperationException($"the SVG canvas wrote {elements.Count} elements for {scene.Marks.Count} marks");
        }

        for (var i = 0; i < elements.Count; i++)
        {
            Finish(elements[i], scene.Marks[i]);
        }

        root.Attributes().Where(a => a.Name.LocalName is "width" or "height" || a.IsNamespaceDeclaration && a.Name.LocalName == "xlink").Remove();
        root.Add(
            new XAttribute("viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}"),
            new XAttribute("class", ChartClasses.Svg),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", labels.TitleId),
            new XAttribute("aria-describedby", labels.DescriptionId),
            new XAttribute("font-family", ChartFonts.FamilyStack));
        root.AddFirst(
            new XElement(_svg + "title", new XAttribute("id", labels.TitleId), labels.Title),
            new XElement(_svg + "desc", new XAttribute("id", labels.DescriptionId), labels.Description));
        return standalone
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"
            : root.ToString(SaveOptions.DisableFormatting);
    }

    private static void Finish(XElement element, ChartMark mark)
    {
        element.Attribute("stroke-miterlimit")?.Remove();
        element.SetAttributeValue("class", mark.Role);
        if (mark.Label is not null)
        {
            element.SetAttributeValue("data-label", mark.Label);
        }

        if (mark.Value is { } value)
        {
            element.SetAttributeValue("data-value", value.ToString("R", CultureInfo.InvariantCulture));
        }

        switch (mark)
        {
            case LineMark { Dash: { } dash }:
                element.SetAttributeValue("stroke-dasharray", string.Join(' ', dash.Select(N)));
                break;
            case PolylineMark:
                element.SetAttributeValue("stroke-linejoin", "round");
                break;
            case TextMark text:
                FinishText(element, text);
                break;
        }
    }

    private static void FinishText(XElement element, TextMark text)
    {
        element.Attributes().Where(a => a.Name.LocalName is "x" or "y" or "font-family" or "font-weight").Remove();
        element.SetAttributeValue("x", N(text.X));
        element.SetAttributeValue("y", N(text.Y));
        element.SetAttributeValue("text-anchor", text.Anchor switch
        {
            TextAnchor.Middle => "middle",
            TextAnchor.End => "end",
            _ => null,
        });
        element.SetAttributeValue("font-weight", text.Bold ? "bold" : null);
        if (text.Halo)
        {
            element.SetAttributeValue("stroke", ChartPalette.Background.Hex);
            element.SetAttributeValue("stroke-width", "3");
            element.SetAttributeValue("stroke-linejoin", "round");
            element.SetAttributeValue("paint-order", "stroke");
        }

        element.Value = text.Text;
    }

    private static string N(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
