using System.Text.RegularExpressions;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Building;

/// <summary>Stage: turns each page with <c>generate: TABLE</c> into one page per row of that table.</summary>
/// <remarks><c>{field}</c> in <c>title</c>, <c>nav_title</c> and <c>summary</c> becomes the row's value as written; in
/// <c>url</c> it becomes its slug (<c>Summerfield &amp; All Saints</c> → <c>summerfield-all-saints</c>). The pattern page
/// itself is not published. Templates see the row as <c>page.row</c>.</remarks>
public static partial class GeneratePages
{
    /// <summary>Expands generated pages; ordinary pages pass through unchanged.</summary>
    /// <param name="pages">The selected pages.</param>
    /// <param name="data">The loaded tables.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The pages to build.</returns>
    public static IReadOnlyList<PageSource> Run(IReadOnlyList<PageSource> pages, SiteData data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<PageSource>(pages.Count);
        foreach (var page in pages)
        {
            if (page.Meta.Values.Get(PageKeys.Generate) is not { } generate)
            {
                result.Add(page);
                continue;
            }

            var line = page.Meta.Values.LineOf(PageKeys.Generate);
            if (generate is not string name || data.Find(name) is not { } table)
            {
                if (!(generate is string n && data.IsBroken(n)))
                {
                    diagnostics.Error(page.SitePath, line, 1, DiagnosticCodes.UnknownTableReference,
                        $"'generate: {generate}' must name a table; the tables are: {string.Join(", ", data.Tables.Select(t => t.Resource.Name))}", page.LineText(line));
                }

                continue;
            }

            if (page.Meta.Url is null || !Placeholder().IsMatch(page.Meta.Url))
            {
                var urlLine = page.Meta.Values.LineOf(PageKeys.Url);
                diagnostics.Error(page.SitePath, urlLine, 1, DiagnosticCodes.BadFrontMatterValue,
                    $"a generated page needs a 'url' with a {{field}} placeholder, e.g. 'url: /wards/{{{table.Resource.Schema.PrimaryKey[0]}}}/'", page.LineText(urlLine));
                continue;
            }

            if (!CheckPlaceholders(page, table, diagnostics))
            {
                continue;
            }

            result.AddRange(table.Rows.Select((row, index) => Expand(page, table, row, index)));
        }

        return result;
    }

    private static PageSource Expand(PageSource page, DataTable table, DataRow row, int index)
    {
        var fields = table.Resource.Schema.Fields;
        string Fill(string text, bool slug) => Placeholder().Replace(text, m =>
        {
            var raw = row.Raw[table.Resource.Schema.IndexOf(m.Groups[1].Value)];
            return slug ? PageUrls.Slug(raw) : raw;
        });
        var meta = page.Meta with
        {
            Title = Fill(page.Meta.Title, false),
            NavTitle = page.Meta.NavTitle is null ? null : Fill(page.Meta.NavTitle, false),
            Summary = page.Meta.Summary is null ? null : Fill(page.Meta.Summary, false),
            Url = Fill(page.Meta.Url!, true),
        };
        var values = fields.Select((f, i) => (f.Name, row.Values[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal);
        return page with { Meta = meta, Row = new GeneratedRow(table.Resource.Name, table.KeyOf(row), index, values) };
    }

    private static bool CheckPlaceholders(PageSource page, DataTable table, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var key in new[] { PageKeys.Title, PageKeys.NavTitle, PageKeys.Summary, PageKeys.Url })
        {
            if (page.Meta.Values.Get(key) is not string text)
            {
                continue;
            }

            foreach (Match match in Placeholder().Matches(text))
            {
                if (table.Resource.Schema.IndexOf(match.Groups[1].Value) < 0)
                {
                    var line = page.Meta.Values.LineOf(key);
                    diagnostics.Error(page.SitePath, line, 1, DiagnosticCodes.UnknownTableReference,
                        $"'{{{match.Groups[1].Value}}}' in '{key}' is not a field of table '{table.Resource.Name}'; its fields are: {string.Join(", ", table.Resource.Schema.Fields.Select(f => f.Name))}", page.LineText(line));
                    ok = false;
                }
            }
        }

        return ok;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
