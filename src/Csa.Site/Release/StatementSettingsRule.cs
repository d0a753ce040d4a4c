using System.Globalization;
using Csa.Site.Building;
using Csa.Site.Diagnostics;
using Csa.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Release;

/// <summary>Checks the settings the theme writes its accessibility statement from (<c>accessibility:</c> and <c>contact:</c>
/// in <c>site.yml</c>) against regulation 8 and the model statement, and reports each gap at the key the author fills in.</summary>
/// <remarks>Used when the content has no statement of its own; an author's own statement is read as built
/// (<see cref="AccessibilityStatementRule"/>). The theme prints a marked blank for every setting left out, so each gap here
/// is one the statement shows.</remarks>
internal static class StatementSettingsRule
{
    private const string Section = "accessibility";
    private const string Contact = "contact";

    /// <summary>Reports every setting the statement needs that is missing, not valid or out of date.</summary>
    /// <param name="options">The release options (for the date).</param>
    /// <param name="config">The parsed <c>site.yml</c>.</param>
    /// <param name="root">The root node of <c>site.yml</c>, for the lines of nested keys.</param>
    /// <param name="siteYml">The display path of <c>site.yml</c>.</param>
    /// <param name="findings">Where problems are reported.</param>
    public static void Run(ReleaseOptions options, YamlMap config, YamlNode? root, string siteYml, DiagnosticBag findings)
    {
        var settings = config.Get(Section) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var contact = config.Get(Contact) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
            map.GetValueOrDefault(key) is { } value && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        void Report(string[] keys, string message) => findings.Error(siteYml, YamlReader.KeyLine(root, keys), 0, ReleaseCodes.AccessibilityStatement, "the accessibility statement " + message);

        if (Text(settings, "organisation") is null && Text(contact, "organisation") is null)
        {
            Report([Section, "organisation"], "does not say who runs the site: set accessibility.organisation (or contact.organisation) in site.yml");
        }

        var status = Text(settings, "status");
        if (status is not ("full" or "partial" or "not"))
        {
            Report([Section, "status"], status is null
                ? "gives no compliance status: set accessibility.status in site.yml to full, partial or not (compliant with WCAG 2.2 AA), from your own testing"
                : $"has compliance status '{status}': accessibility.status in site.yml must be full, partial or not");
        }
        else if (status != "full" && !(settings.GetValueOrDefault("non_accessible") is IEnumerable<object?> items && items.Any(i => i is not null)))
        {
            Report([Section, "non_accessible"], $"lists no content that is not accessible, though accessibility.status is '{status}': list what is not accessible, why, and when it will be fixed under accessibility.non_accessible in site.yml");
        }

        var email = Text(settings, "email") ?? Text(contact, "email");
        var phone = Text(settings, "phone") ?? Text(contact, "phone");
        if (email is null && phone is null)
        {
            Report([Contact], "gives no email address or phone number for asking for an accessible format or reporting a problem (a team's name is not enough): set contact.email or contact.phone in site.yml");
        }

        if (email is not null && !CheckSettings.IsEmail(email))
        {
            Report([Text(settings, "email") is null ? Contact : Section, "email"], $"gives '{email}' as its email address, which is not one: write it as name@example.gov.uk");
        }

        if (phone is not null && !CheckSettings.IsPhoneNumber(phone))
        {
            Report([Text(settings, "phone") is null ? Contact : Section, "phone"], $"gives '{phone}' as its telephone number, which is not one: write it as people dial it, such as 01234 567890");
        }

        if (!(int.TryParse(Text(settings, "response_days"), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0))
        {
            Report([Section, "response_days"], "does not say how many working days a reply takes: set accessibility.response_days in site.yml, e.g. 10");
        }

        if (Text(settings, "tested") is null)
        {
            Report([Section, "tested"], "does not say how the site was tested by hand: set accessibility.tested in site.yml (who tested it with a keyboard and a screen reader, and when)");
        }

        _ = DateOf(settings, "prepared", "was prepared", Report);
        if (DateOf(settings, "reviewed", "was last reviewed", Report) is { } reviewed && reviewed.AddYears(1) < options.Date)
        {
            Report([Section, "reviewed"], $"was last reviewed on {reviewed.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, more than a year before {options.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: review it and update accessibility.reviewed in site.yml");
        }
    }

    private static DateOnly? DateOf(IReadOnlyDictionary<string, object?> settings, string key, string what, Action<string[], string> report)
    {
        var text = Convert.ToString(settings.GetValueOrDefault(key), CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(text))
        {
            report([Section, key], $"does not say when it {what}: set accessibility.{key} in site.yml to the date, e.g. 2026-03-02 or 2 March 2026");
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            report([Section, key], $"gives '{text.Trim()}' as the date it {what}: write accessibility.{key} in site.yml as YYYY-MM-DD or as 2 March 2026");
            return null;
        }

        return date;
    }
}
