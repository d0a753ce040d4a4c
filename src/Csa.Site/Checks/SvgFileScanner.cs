using System.Xml;
using System.Xml.Linq;

namespace Csa.Site.Checks;

/// <summary>Reads one SVG file and keeps its ids (targets of <c>map.svg#ward</c>) and its <c>href</c>/<c>xlink:href</c> links.</summary>
/// <remarks>SVG is XML, so it is read with the XML reader (no DTDs, no external entities); a file that is not
/// well-formed XML yields no ids and no links.</remarks>
public static class SvgFileScanner
{
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>Reads an SVG file's text and collects what the checks need.</summary>
    /// <param name="path">The file, relative to the output folder.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The file's ids and links.</returns>
    public static PageScan Scan(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<FoundLink>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text ?? string.Empty), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            foreach (var element in document.Descendants())
            {
                var line = ((IXmlLineInfo)element).LineNumber;
                foreach (var attribute in element.Attributes())
                {
                    var local = attribute.Name.LocalName;
                    if (local == "id" && attribute.Name.Namespace == XNamespace.None)
                    {
                        targets.Add(attribute.Value);
                    }
                    else if (local == "href" && (attribute.Name.Namespace == XNamespace.None || attribute.Name.NamespaceName == XLinkNamespace))
                    {
                        var label = element.Name.LocalName + (attribute.Name.Namespace == XNamespace.None ? " href" : " xlink:href");
                        links.Add(new FoundLink(label, attribute.Value.Trim(), line, element.Name.LocalName == "a"));
                    }
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: browsers will not show it either; there is nothing to check inside.
        }

        return new PageScan(path, targets, links, []);
    }
}
