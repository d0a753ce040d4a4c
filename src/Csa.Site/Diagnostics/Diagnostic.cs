using System.Globalization;
using System.Text;

namespace Csa.Site.Diagnostics;

/// <summary>Describes one problem found by a build, at a place in a source file.</summary>
/// <param name="Path">The file, relative to the site root and with forward slashes (e.g. <c>content/priorities/asb.md</c>).</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="Code">The stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">What was found and what was expected, in plain words.</param>
public sealed record Diagnostic(string Path, int Line, int Column, string Code, Severity Severity, string Message)
{
    /// <summary>Gets the text of the offending source line, shown under the message when known.</summary>
    public string? SourceLine { get; init; }

    /// <summary>Formats the diagnostic as <c>path:line:column: error CODE: message</c>.</summary>
    /// <returns>The one-line form that editors and CI logs recognise.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(Path);
        if (Line > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $":{Line}");
            if (Column > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $":{Column}");
            }
        }

        sb.Append(": ").Append(Severity == Severity.Error ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
        return OneLine(sb.ToString());
    }

    // The most characters of a source line a diagnostic quotes.
    private const int QuoteWidth = 160;

    /// <summary>Formats the diagnostic followed by its source line and a caret under the column.</summary>
    /// <returns>One to three lines of text.</returns>
    public string ToDisplayString()
    {
        if (SourceLine is null)
        {
            return ToString();
        }

        var line = OneLine(SourceLine.Replace('\t', ' '));
        var column = Column;

        // A very long line is quoted around its column only, marked with '...' where it is cut.
        if (line.Length > QuoteWidth)
        {
            var start = Math.Clamp(column - 1 - (QuoteWidth / 2), 0, line.Length - QuoteWidth);
            line = string.Concat(start > 0 ? "..." : string.Empty, line.AsSpan(start, QuoteWidth), start + QuoteWidth < line.Length ? "..." : string.Empty);
            column = column > 0 ? column - start + (start > 0 ? 3 : 0) : 0;
        }

        var caret = column > 0 ? "\n    " + new string(' ', Math.Min(column - 1, line.Length)) + "^" : string.Empty;
        return ToString() + "\n    " + line + caret;
    }

    // A message may quote what an author wrote, a CSV cell with a line break say. Printed as it is, the text after the break
    // would start a line of its own, which a CI system may run as a command ('::error ...' in GitHub Actions): control
    // characters are shown escaped instead, so a diagnostic is always the one line it claims to be.
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when char.IsControl(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
