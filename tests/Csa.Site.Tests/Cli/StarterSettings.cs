using System.Text.RegularExpressions;

namespace Csa.Site.Tests.Cli;

/// <summary>Fills in what the starter's <c>site.yml</c> leaves commented out for the accessibility statement, as its
/// comment asks: each line's '#' removed and the blank replaced with an answer. The answers are a test's, made up.</summary>
internal static partial class StarterSettings
{
    public static string FillStatement(string siteYml, string partnership, string email, string status)
    {
        string Set(string text, string key, string value) =>
            Regex.Replace(text, $@"(?m)^  # {Regex.Escape(key)}:.*$", $"  {key}: {value}");
        var text = siteYml;
        text = Set(text, "email", email);
        text = Set(text, "phone", "01234 567890");
        text = Set(text, "organisation", $"\"{partnership} Council\"");
        text = Set(text, "status", status);
        text = Set(text, "non_accessible", string.Empty);
        text = ListItem().Replace(text, "    - The maps in the strategic assessment are pictures without their data.");
        text = Set(text, "address", $"\"{partnership} Council, Town Hall\"");
        text = Set(text, "response_days", "10");
        text = Set(text, "tested", "Tested with a keyboard and the NVDA screen reader by the web team in February 2026.");
        text = Set(text, "prepared", "2026-03-02");
        return Set(text, "reviewed", "2026-03-02");
    }

    [GeneratedRegex(@"(?m)^  #   - .*$")]
    private static partial Regex ListItem();
}
