using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csa.Site.Diagnostics;

namespace Csa.Site.Release;

/// <summary>Checks the built accessibility statement against regulation 8 of the Public Sector Bodies (Websites and Mobile
/// Applications) (No. 2) Accessibility Regulations 2018 and the model statement.</summary>
/// <remarks>It looks for: the compliance status ("fully", "partially" or "not compliant with" WCAG); a section on content
/// that is not accessible; how to ask for an accessible format and report a problem, with an email address or phone number
/// in that section (a team's name alone cannot be contacted); the enforcement procedure (the EHRC and a link to the Equality
/// Advisory and Support Service); the dates the statement was prepared and last reviewed, the review within a year.</remarks>
internal static partial class AccessibilityStatementRule
{
    /// <summary>Reports what the statement lacks.</summary>
    /// <param name="options">The release options.</param>
    /// <param name="statementUrl">The statement's site-relative URL, e.g. <c>/accessibility/</c>.</param>
    /// <param name="source">The display path of the author's file the statement is made from, where its problems are reported; else the built page.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, string statementUrl, string? source, DiagnosticBag findings)
    {
        var relative = statementUrl.TrimStart('/');
        relative = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var file = Path.Combine(options.Output, relative);
        var where = source ?? options.DisplayPath(file);
        if (!File.Exists(file))
        {
            findings.Error(where, 0, 0, ReleaseCodes.AccessibilityStatement, $"there is no accessibility statement at '{statementUrl}': the regulations require one; write it (or set release: accessibility_statement: in site.yml to its URL)");
            return;
        }

        var html = File.ReadAllText(file);
        var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body!;
        var text = Squash(main.TextContent);
        void Missing(string message) => findings.Error(where, 0, 0, ReleaseCodes.AccessibilityStatement, message);

        if (!Compliance().IsMatch(text))
        {
            Missing("the statement gives no compliance status: say that the site is fully, partially or not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard");
        }

        var headings = main.QuerySelectorAll("h2, h3").Select(h => Squash(h.TextContent)).ToList();
        if (!headings.Any(h => NonAccessible().IsMatch(h)))
        {
            Missing("the statement has no section on content that is not accessible (a heading such as 'Non-accessible content'), saying what is not accessible, why, and any alternative");
        }

        if (!text.Contains("format", StringComparison.OrdinalIgnoreCase) || !Reporting().IsMatch(text))
        {
            Missing("the statement does not say how to ask for information in an accessible format and how to report an accessibility problem");
        }

        var contact = Sections(main, h => ContactHeading().IsMatch(h));
        if (!contact.Any(HasEmailOrPhone))
        {
            Missing("the statement gives no email address or phone number for asking for an accessible format or reporting a problem (a team's name is not enough): the partnership must supply one, e.g. contact.email or contact.phone in site.yml");
        }

        if (!text.Contains("Equality and Human Rights Commission", StringComparison.OrdinalIgnoreCase)
            || !main.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href")!.Contains("equalityadvisoryservice.com", StringComparison.OrdinalIgnoreCase)))
        {
            Missing("the statement does not describe the enforcement procedure: name the Equality and Human Rights Commission (EHRC) and link to the Equality Advisory and Support Service (https://www.equalityadvisoryservice.com/)");
        }

        var prepared = DateAfter(Prepared(), text);
        var reviewed = DateAfter(Reviewed(), text);
        if (prepared is null)
        {
            Missing("the statement does not say when it was prepared: the partnership must supply the date (accessibility: prepared: in site.yml, e.g. 2 March 2026)");
        }

        if (reviewed is null)
        {
            Missing("the statement does not say when it was last reviewed: the partnership must supply the date (accessibility: reviewed: in site.yml; review it at least once a year)");
        }
        else if (reviewed.Value.AddYears(1) < options.Date)
        {
            Missing($"the statement was last reviewed on {reviewed.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, more than a year before {options.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: review it and update the date");
        }
    }

    private static List<string> Sections(IElement main, Func<string, bool> headingMatches)
    {
        var found = new List<string>();
        foreach (var heading in main.QuerySelectorAll("h2, h3").Where(h => headingMatches(Squash(h.TextContent))))
        {
            var parts = new List<string>();
            for (var next = heading.NextElementSibling; next is not null && next.LocalName is not ("h1" or "h2"); next = next.NextElementSibling)
            {
                parts.Add(next.TextContent);
                parts.AddRange(next.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!));
                if (next.LocalName == "a" && next.GetAttribute("href") is { } href)
                {
                    parts.Add(href);
                }
            }

            found.Add(string.Join(' ', parts));
        }

        return found;
    }

    private static bool HasEmailOrPhone(string section) => Email().IsMatch(section) || Phone().IsMatch(section) || section.Contains("tel:", StringComparison.Ordinal);

    private static DateOnly? DateAfter(Regex regex, string text)
    {
        var match = regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["d"].Value;
        string[] formats = ["d MMMM yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string Squash(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b(fully|partially|not) compliant with\b", RegexOptions.IgnoreCase)]
    private static partial Regex Compliance();

    [GeneratedRegex(@"non-accessible|not accessible|inaccessible|non-compliance", RegexOptions.IgnoreCase)]
    private static partial Regex NonAccessible();

    [GeneratedRegex(@"\breport", RegexOptions.IgnoreCase)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"report|contact|feedback|format|problem", RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeading();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"prepared on (?<d>\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})")]
    private static partial Regex Prepared();

    [GeneratedRegex(@"reviewed on (?<d>\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})")]
    private static partial Regex Reviewed();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
