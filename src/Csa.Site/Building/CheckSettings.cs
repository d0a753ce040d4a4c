using System.Globalization;
using Csa.Site.Configuration;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Printing;
using Csa.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Building;

/// <summary>Stage: checks the settings in <c>site.yml</c> that the theme and the release check read, where they are read,
/// so a mistake is an error at its line rather than a link, a blank or a box left empty on the site: <c>help:</c> (its
/// services, their web addresses and numbers, the lists of ids and the pages), <c>print: exclude:</c>,
/// <c>release:</c> and <c>abbreviations:</c>; and each page's own <c>help: services:</c>.</summary>
public static class CheckSettings
{
    private const string Help = "help";

    /// <summary>Reports every setting that is not what it must be.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="config">The site's settings.</param>
    /// <param name="print">The whole plan's settings, or <see langword="null"/>.</param>
    /// <param name="pages">Every page, with its URL.</param>
    /// <param name="sources">The file texts read, with <c>site.yml</c>'s.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void Run(BuildOptions options, SiteConfig config, PrintSettings? print, IReadOnlyList<Page> pages, SourceFiles sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sitePath = options.DisplayPath(Path.Combine(options.Content, SiteConfig.FileName));
        var text = sources.Text(sitePath) ?? string.Empty;
        var root = config.Root;
        void Fail(string[] keys, string message)
        {
            var line = YamlReader.KeyLine(root, keys);
            diagnostics.Error(sitePath, line, 1, DiagnosticCodes.BadSiteConfig, message, SourceText.Line(text, line));
        }

        var urls = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var services = HelpServices(config.Values.Get(Help), urls, Fail);
        foreach (var page in pages.Where(p => p.Source.Meta.Values.Get(Help) is not null).GroupBy(p => p.Source.SitePath).Select(g => g.First()))
        {
            PageHelp(page.Source, services, diagnostics);
        }

        if (print is not null)
        {
            foreach (var (url, i) in print.Exclude.Select((u, i) => (u, i)).Where(e => !urls.Contains(e.u)))
            {
                Fail([PrintSettings.Key, "exclude", i.ToString(CultureInfo.InvariantCulture)], $"'print: exclude:' names '{url}', which is not a page of the site: give the URL of a page, such as /get-help/");
            }
        }

        _ = Release(config.Values.Get("release"), Fail);
        foreach (var section in new[] { "contact", "accessibility" })
        {
            if (config.Values.Get(section) is not IReadOnlyDictionary<string, object?> values)
            {
                continue;
            }

            // Printed as mailto: and tel: links on every page: a blank left in would be a broken link there.
            if (values.GetValueOrDefault("email") is { } email && (email is not string address || !IsEmail(address)))
            {
                Fail([section, "email"], $"'{section}: email:' is {YamlSettings.Describe(email)}, which is not an email address: give the team's mailbox, such as community.safety@example.gov.uk");
            }

            if (values.GetValueOrDefault("phone") is { } phone && !IsPhoneNumber(Convert.ToString(phone, CultureInfo.InvariantCulture) ?? string.Empty))
            {
                Fail([section, "phone"], $"'{section}: phone:' is {YamlSettings.Describe(phone)}, which is not a telephone number: write it as people dial it, in digits and spaces, such as \"01234 567890\"");
            }
        }
        if (config.Values.Get("abbreviations") is IReadOnlyDictionary<string, object?> abbreviations && abbreviations.Keys.Any(string.IsNullOrWhiteSpace))
        {
            Fail(["abbreviations"], "an abbreviation under 'abbreviations:' is empty: each key is the short form as it is written, such as 'ASB: anti-social behaviour'");
        }
    }

    // The help box's settings; returns the ids of the services, or null when there are none to check against.
    private static HashSet<string>? HelpServices(object? help, HashSet<string> urls, Action<string[], string> fail)
    {
        if (help is null)
        {
            return null;
        }

        if (help is not IReadOnlyDictionary<string, object?> settings)
        {
            fail([Help], "'help:' must be a mapping with 'title', 'page', 'show_under', 'first', 'then' and 'services' (see \"Help\" in docs/content-and-data.md)");
            return null;
        }

        foreach (var key in new[] { "page", "show_under" })
        {
            if (settings.GetValueOrDefault(key) is { } value && (value is not string url || !url.StartsWith('/') || url.Contains("..", StringComparison.Ordinal)))
            {
                fail([Help, key], $"'help: {key}:' must be a URL on this site starting with '/', such as /get-help/, not {YamlSettings.Describe(value)}");
            }
        }

        if (settings.GetValueOrDefault("page") is string page && page.StartsWith('/') && !urls.Contains(page))
        {
            fail([Help, "page"], $"'help: page:' is '{page}', which is not a page of the site: give the URL of the page that lists every service, such as /get-help/");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var listed = settings.GetValueOrDefault("services");
        if (listed is not null and not IReadOnlyList<object?>)
        {
            fail([Help, "services"], "'help: services:' must be a list, each with 'id', 'name', and a 'number' or 'web' address");
        }

        foreach (var (entry, i) in (listed as IReadOnlyList<object?> ?? []).Select((e, i) => (e, i)))
        {
            var at = new[] { Help, "services", i.ToString(CultureInfo.InvariantCulture) };
            if (entry is not IReadOnlyDictionary<string, object?> service || service.GetValueOrDefault("id") is not string { Length: > 0 } id || service.GetValueOrDefault("name") is not string { Length: > 0 })
            {
                fail(at, "each service under 'help: services:' needs an 'id' (a short name such as police) and a 'name' residents read");
                continue;
            }

            if (!ids.Add(id))
            {
                fail(at, $"two services under 'help: services:' have the id '{id}'");
            }

            if (service.GetValueOrDefault("web") is { } web && (web is not string address || !IsWebAddress(address)))
            {
                fail([.. at, "web"], $"the service '{id}' has web: {YamlSettings.Describe(web)}, which is not a web address: write it in full, starting https:// (or http://)");
            }

            if (service.GetValueOrDefault("number") is { } number && !IsPhoneNumber(Convert.ToString(number, CultureInfo.InvariantCulture) ?? string.Empty))
            {
                fail([.. at, "number"], $"the service '{id}' has number: {YamlSettings.Describe(number)}, which is not a telephone number: write it as people dial it, in digits and spaces, such as \"0800 555 111\"");
            }
        }

        foreach (var key in new[] { "first", "then" })
        {
            var value = settings.GetValueOrDefault(key);
            if (value is null)
            {
                continue;
            }

            if (value is not IReadOnlyList<object?> chosen)
            {
                fail([Help, key], $"'help: {key}:' must be a list of service ids, such as [emergency, police], not {YamlSettings.Describe(value)}");
                continue;
            }

            foreach (var (id, i) in chosen.Select((c, i) => (Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty, i)).Where(c => !ids.Contains(c.Item1)))
            {
                fail([Help, key, i.ToString(CultureInfo.InvariantCulture)], $"'help: {key}:' names the service '{id}', which is not under 'help: services:'; the services are: {string.Join(", ", ids.Order(StringComparer.Ordinal))}");
            }
        }

        return ids;
    }

    // A page's own services ('help: { services: [...] }' in its front matter) must be services of site.yml's 'help:'.
    private static void PageHelp(PageSource page, HashSet<string>? services, DiagnosticBag diagnostics)
    {
        var line = page.Meta.Values.LineOf(Help);
        void Fail(string message) => diagnostics.Error(page.SitePath, line, 1, DiagnosticCodes.BadFrontMatterValue, message, page.LineText(line));
        if (page.Meta.Values.Get(Help) is not IReadOnlyDictionary<string, object?> help || help.Keys.Any(k => k is not ("services" or "note")))
        {
            Fail("'help:' in front matter must be a mapping with 'services' (a list of the ids under 'help: services:' in site.yml) and an optional 'note'");
            return;
        }

        if (help.GetValueOrDefault("services") is { } listed && listed is not IReadOnlyList<object?>)
        {
            Fail($"'help: services:' must be a list of service ids, such as [domestic-abuse, samaritans], not {YamlSettings.Describe(listed)}");
            return;
        }

        if (services is null)
        {
            Fail("the page asks for help services, but site.yml has no 'help: services:' to take them from");
            return;
        }

        foreach (var id in (help.GetValueOrDefault("services") as IReadOnlyList<object?> ?? []).Select(s => Convert.ToString(s, CultureInfo.InvariantCulture) ?? string.Empty).Where(s => !services.Contains(s)))
        {
            Fail($"'help: services:' names the service '{id}', which is not under 'help: services:' in site.yml; the services are: {string.Join(", ", services.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>Reports what is wrong with <c>release:</c>: placeholders that are not a list, a statement URL that is not on the site.</summary>
    /// <param name="release">The value of <c>release:</c>.</param>
    /// <param name="fail">Reports a problem at the keys' line.</param>
    /// <returns>Whether the settings are right.</returns>
    internal static bool Release(object? release, Action<string[], string> fail)
    {
        var right = true;
        void Fail(string[] keys, string message)
        {
            right = false;
            fail(keys, message);
        }

        if (release is null)
        {
            return true;
        }

        if (release is not IReadOnlyDictionary<string, object?> settings)
        {
            fail(["release"], "'release:' must be a mapping with 'placeholders' (a list of texts) and 'accessibility_statement' (a URL such as /accessibility/)");
            return false;
        }

        if (settings.GetValueOrDefault("placeholders") is { } placeholders && placeholders is not IReadOnlyList<object?>)
        {
            Fail(["release", "placeholders"], $"'release: placeholders:' must be a list of texts, such as [TODO, TBC, DRAFT], not {YamlSettings.Describe(placeholders)}");
        }

        if (settings.GetValueOrDefault("accessibility_statement") is { } statement
            && (statement is not string url || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.Split('/').Any(s => s is ".." or ".")))
        {
            Fail(["release", "accessibility_statement"], $"'release: accessibility_statement:' must be the statement's URL on this site, starting with '/', such as /accessibility/, not {YamlSettings.Describe(statement)}");
        }

        return right;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0 && !text.Any(char.IsWhiteSpace);

    /// <summary>Tells whether a setting is an email address a <c>mailto:</c> link can hold.</summary>
    /// <param name="text">The setting's text.</param>
    /// <returns><see langword="true"/> for an address such as <c>community.safety@example.gov.uk</c>.</returns>
    internal static bool IsEmail(string text) =>
        text.Count(c => c == '@') == 1 && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && text[(at + 1)..].Contains('.', StringComparison.Ordinal)
        && !text.Any(c => char.IsWhiteSpace(c) || c is '[' or ']' or '<' or '>' or '"' or '(' or ')' or ',' or ';' or ':');

    /// <summary>Tells whether a setting is a telephone number as people dial it: digits, spaces, <c>+</c>, brackets and hyphens.</summary>
    /// <param name="text">The setting's text.</param>
    /// <returns><see langword="true"/> for a number such as <c>01234 567890</c>.</returns>
    internal static bool IsPhoneNumber(string text) =>
        text.Length > 0 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-');
}
