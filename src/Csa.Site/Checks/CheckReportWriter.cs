using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Csa.Site.Checks;

/// <summary>Writes a check report as readable text, as JSON, or as GitHub Actions annotations.</summary>
public static class CheckReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="displayRoot">How the output folder is shown, e.g. <c>output</c>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(CheckReport report, CheckFormat format, string displayRoot, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(displayRoot);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case CheckFormat.Json:
                writer.WriteLine(Json(report, displayRoot));
                break;
            case CheckFormat.GitHub:
                foreach (var problem in report.Problems)
                {
                    writer.WriteLine(GitHubAnnotation(problem, displayRoot));
                }

                writer.WriteLine(Summary(report, displayRoot));
                break;
            default:
                WriteText(report, displayRoot, writer);
                break;
        }
    }

    /// <summary>Formats a problem as one line: <c>output/about/index.html:14: error CSA0302: link to '/x/' (a href): ... (source: content/about.md)</c>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="displayRoot">How the output folder is shown.</param>
    /// <returns>The line.</returns>
    public static string TextLine(LinkProblem problem, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var line = problem.Line > 0 ? ":" + problem.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var source = problem.Source is null ? string.Empty : $" (source: {problem.Source})";
        return $"{problem.DisplayPage(displayRoot)}{line}: error {problem.Code}: {problem.Message}{source}";
    }

    /// <summary>Formats a problem as a GitHub Actions <c>::error</c> command, at the source file when known, else at the output page and line.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="displayRoot">How the output folder is shown.</param>
    /// <returns>The workflow command.</returns>
    public static string GitHubAnnotation(LinkProblem problem, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var page = problem.DisplayPage(displayRoot);
        var properties = new StringBuilder("file=").Append(Escape(problem.Source ?? page, property: true));
        if (problem.Source is null && problem.Line > 0)
        {
            properties.Append(CultureInfo.InvariantCulture, $",line={problem.Line}");
        }

        properties.Append(",title=").Append(Escape(problem.Code, property: true));
        var message = problem.Source is null ? problem.Message : $"{page}{(problem.Line > 0 ? ":" + problem.Line.ToString(CultureInfo.InvariantCulture) : string.Empty)}: {problem.Message}";
        return $"::error {properties}::{Escape(message, property: false)}";
    }

    private static void WriteText(CheckReport report, string displayRoot, TextWriter writer)
    {
        foreach (var problem in report.Problems)
        {
            writer.WriteLine(TextLine(problem, displayRoot));
        }

        if (report.External.Count > 0)
        {
            var isChecked = report.External.Any(e => e.Checked);
            writer.WriteLine($"External links: {report.External.Count}{(isChecked ? string.Empty : " (not checked; add --external to check them)")}");
            foreach (var link in report.External)
            {
                var state = !link.Checked ? string.Empty : link.Error is null ? "  ok" : "  " + link.Error;
                writer.WriteLine($"  {link.Url}  ({link.Pages.Count} page{(link.Pages.Count == 1 ? string.Empty : "s")}){state}");
            }
        }

        writer.WriteLine(Summary(report, displayRoot));
    }

    private static string Summary(CheckReport report, string displayRoot)
    {
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = report.Succeeded ? "no problems" : $"{report.Problems.Count} problem(s)";
        return $"Checked {report.Pages} pages and {report.Files} files in '{displayRoot}' in {seconds} s: {outcome}.";
    }

    private static string Json(CheckReport report, string displayRoot)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("output", displayRoot);
            json.WriteNumber("pages", report.Pages);
            json.WriteNumber("files", report.Files);
            json.WriteNumber("seconds", Math.Round(report.Elapsed.TotalSeconds, 3));
            json.WriteStartArray("problems");
            foreach (var p in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("code", p.Code);
                json.WriteString("page", p.Page);
                json.WriteString("path", p.DisplayPage(displayRoot));
                json.WriteNumber("line", p.Line);
                json.WriteString("element", p.Element);
                json.WriteString("link", p.Link);
                json.WriteString("message", p.Message);
                json.WriteString("source", p.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("external");
            foreach (var e in report.External)
            {
                json.WriteStartObject();
                json.WriteString("url", e.Url);
                json.WriteStartArray("pages");
                e.Pages.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteBoolean("checked", e.Checked);
                json.WriteString("error", e.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Escapes text for a GitHub Actions workflow command (<c>::error file=...::message</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="property">Whether it is a property value (also escapes <c>:</c> and <c>,</c>) rather than the message.</param>
    /// <returns>The escaped text.</returns>
    internal static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
