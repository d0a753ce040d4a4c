using System.Globalization;
using System.Text;
using System.Text.Json;
using Csa.Site.Checks;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Writes a release report as readable text, as JSON, or as GitHub Actions annotations.</summary>
public static class ReleaseReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ReleaseReport report, CheckFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case CheckFormat.Json:
                writer.WriteLine(Json(report));
                break;
            case CheckFormat.GitHub:
                foreach (var f in report.Findings)
                {
                    var kind = f.Severity == Severity.Error ? "error" : "warning";
                    var line = f.Line > 0 ? ",line=" + f.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;
                    writer.WriteLine($"::{kind} file={CheckReportWriter.Escape(f.Path, true)}{line},title={f.Code}::{CheckReportWriter.Escape(f.Message, false)}");
                }

                writer.WriteLine(Deadline(report));
                writer.WriteLine(Summary(report));
                break;
            default:
                writer.WriteLine(Deadline(report));
                foreach (var f in report.Findings)
                {
                    writer.WriteLine(f.ToString());
                }

                var notChecked = report.External.Count(e => !e.Checked);
                if (notChecked > 0)
                {
                    writer.WriteLine($"External links: {notChecked} not checked (offline): {string.Join(", ", report.External.Where(e => !e.Checked).Select(e => e.Url))}");
                }

                writer.WriteLine(Summary(report));
                break;
        }
    }

    /// <summary>Says the deadline and the days left: <c>Publish by 1 April 2027: 127 days left.</c></summary>
    /// <param name="report">The report.</param>
    /// <returns>One line.</returns>
    public static string Deadline(ReleaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.PublishBy is not { } by || report.DaysLeft is not { } days)
        {
            return "Publish by: no date set (publish_by: in site.yml).";
        }

        var when = by.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return days switch
        {
            0 => $"Publish by {when}: that is today.",
            > 0 => $"Publish by {when}: {days} day{(days == 1 ? string.Empty : "s")} left.",
            _ => $"Publish by {when}: passed {-days} day{(days == -1 ? string.Empty : "s")} ago.",
        };
    }

    private static string Summary(ReleaseReport report) =>
        (report.Ready ? "Ready to publish" : "Not ready to publish") +
        $" as of {report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {report.Blocking} blocking problem{(report.Blocking == 1 ? string.Empty : "s")}, {report.Warnings} warning{(report.Warnings == 1 ? string.Empty : "s")} ({report.Pages} pages read).";

    private static string Json(ReleaseReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ready", report.Ready);
            json.WriteString("date", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (report.PublishBy is { } by)
            {
                json.WriteString("publish_by", by.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("days_left", report.DaysLeft!.Value);
            }
            else
            {
                json.WriteNull("publish_by");
                json.WriteNull("days_left");
            }

            json.WriteNumber("blocking", report.Blocking);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("pages", report.Pages);
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", f.Severity == Severity.Error ? "blocking" : "warning");
                json.WriteString("code", f.Code);
                json.WriteString("path", f.Path);
                json.WriteNumber("line", f.Line);
                json.WriteString("message", f.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("external");
            foreach (var e in report.External)
            {
                json.WriteStartObject();
                json.WriteString("url", e.Url);
                json.WriteBoolean("checked", e.Checked);
                json.WriteString("error", e.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
