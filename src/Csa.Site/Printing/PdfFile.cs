using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Csa.Site.Printing;

/// <summary>Makes a printed PDF the same, byte for byte, each time the same site is printed.</summary>
/// <remarks>Chromium writes the time of printing as the creation and modification dates and numbers the tagged structure
/// after the page's internal node counter, which differs from one run to the next. The dates become the time in
/// <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds convention) or, without it, blanks of the same length; the structure
/// ids are renumbered in order, keeping their length and sort order. Nothing moves, so the file's offsets stay right.</remarks>
public static partial class PdfFile
{
    /// <summary>Returns the PDF with its printing time and run-dependent ids made stable.</summary>
    /// <param name="pdf">The PDF as printed.</param>
    /// <param name="sourceDate">The date to record, or <see langword="null"/> to record none.</param>
    /// <returns>The stable PDF, the same length as <paramref name="pdf"/>.</returns>
    public static byte[] Stabilise(byte[] pdf, DateTimeOffset? sourceDate)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        // Latin-1 maps every byte to one char and back, so binary streams pass through unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var ids = NodeId().Matches(text).Select(m => m.Groups[1].Value).Distinct().OrderBy(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var renumbered = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i.ToString(CultureInfo.InvariantCulture).PadLeft(p.id.Length, '0'), StringComparer.Ordinal);
        text = NodeId().Replace(text, m => renumbered[m.Groups[1].Value] is { } n && n.Length == m.Groups[1].Length ? "node" + n : m.Value);
        text = DateEntry().Replace(text, m =>
        {
            var dated = sourceDate is { } date ? $"{m.Groups[1].Value}(D:{date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}+00'00')" : null;
            return dated is not null && dated.Length == m.Length ? dated : new string(' ', m.Length);
        });
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>Reads <c>SOURCE_DATE_EPOCH</c> (seconds since 1970).</summary>
    /// <param name="value">The variable's value, if set.</param>
    /// <returns>The date, or <see langword="null"/> when unset or not a number.</returns>
    public static DateTimeOffset? SourceDate(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    [GeneratedRegex(@"node(\d{6,12})", RegexOptions.CultureInvariant)]
    private static partial Regex NodeId();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate) ?)\(D:\d{14}(?:[+-]\d{2}'\d{2}'|Z)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex DateEntry();
}
