using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Csa.Site.Tables;

/// <summary>Writes an OpenDocument spreadsheet (ODS) file: a zip with <c>mimetype</c> first and stored, the manifest,
/// <c>meta.xml</c>, <c>styles.xml</c> and a <c>content.xml</c> written by the caller.</summary>
/// <remarks>Every entry has the same fixed timestamp, so the same content gives the same bytes.</remarks>
public static class OdsPackage
{
    /// <summary>Gets the ODS media type, also the text of the <c>mimetype</c> entry.</summary>
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>Gets the OpenDocument office namespace.</summary>
    public const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    /// <summary>Gets the OpenDocument table namespace.</summary>
    public const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /// <summary>Gets the OpenDocument text namespace.</summary>
    public const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the package around a spreadsheet body.</summary>
    /// <param name="title">The document title, for <c>meta.xml</c>.</param>
    /// <param name="language">The document language, e.g. <c>en-GB</c>.</param>
    /// <param name="writeSpreadsheet">Writes the <c>office:spreadsheet</c> element's children: the sheets.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Write(string title, string language, Action<XmlWriter> writeSpreadsheet)
    {
        ArgumentNullException.ThrowIfNull(writeSpreadsheet);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The mimetype entry must come first and be stored uncompressed, so tools can recognise the file by its first bytes.
            Entry(zip, "mimetype", CompressionLevel.NoCompression, s => s.Write(Encoding.ASCII.GetBytes(MediaType)));
            Entry(zip, "META-INF/manifest.xml", CompressionLevel.Optimal, s => Xml(s, Manifest));
            Entry(zip, "meta.xml", CompressionLevel.Optimal, s => Xml(s, x => Meta(x, title, language)));
            Entry(zip, "styles.xml", CompressionLevel.Optimal, s => Xml(s, Styles));
            Entry(zip, "content.xml", CompressionLevel.Optimal, s => Xml(s, x =>
            {
                x.WriteStartElement("office", "document-content", OfficeNs);
                x.WriteAttributeString("xmlns", "table", null, TableNs);
                x.WriteAttributeString("xmlns", "text", null, TextNs);
                x.WriteAttributeString("office", "version", OfficeNs, "1.2");
                x.WriteStartElement("office", "body", OfficeNs);
                x.WriteStartElement("office", "spreadsheet", OfficeNs);
                writeSpreadsheet(x);
                x.WriteEndElement();
                x.WriteEndElement();
                x.WriteEndElement();
            }));
        }

        return stream.ToArray();
    }

    /// <summary>Returns text that XML 1.0 can hold: each character it cannot (a control character such as U+0001, a lone
    /// surrogate) becomes U+FFFD, so a stray character in a cell or a setting shows as a mark in the spreadsheet.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, or the same instance when nothing needed replacing.</returns>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                if (pair)
                {
                    sb?.Append(text[++i]);
                }

                continue;
            }

            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append('\uFFFD');
        }

        return sb?.ToString() ?? text;
    }

    private static void Entry(ZipArchive zip, string name, CompressionLevel level, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        write(stream);
    }

    private static void Xml(Stream stream, Action<XmlWriter> write)
    {
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" });
        x.WriteStartDocument();
        write(x);
        x.WriteEndDocument();
    }

    private static void Manifest(XmlWriter x)
    {
        const string ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
        x.WriteStartElement("manifest", "manifest", ns);
        x.WriteAttributeString("manifest", "version", ns, "1.2");
        foreach (var (path, type) in new[] { ("/", MediaType), ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml") })
        {
            x.WriteStartElement("manifest", "file-entry", ns);
            x.WriteAttributeString("manifest", "full-path", ns, path);
            if (path == "/")
            {
                x.WriteAttributeString("manifest", "version", ns, "1.2");
            }

            x.WriteAttributeString("manifest", "media-type", ns, type);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static void Meta(XmlWriter x, string title, string language)
    {
        x.WriteStartElement("office", "document-meta", OfficeNs);
        x.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        x.WriteAttributeString("office", "version", OfficeNs, "1.2");
        x.WriteStartElement("office", "meta", OfficeNs);
        x.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", XmlSafe(title));
        x.WriteElementString("dc", "language", "http://purl.org/dc/elements/1.1/", language);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Styles(XmlWriter x)
    {
        x.WriteStartElement("office", "document-styles", OfficeNs);
        x.WriteAttributeString("office", "version", OfficeNs, "1.2");
        x.WriteEndElement();
    }
}
