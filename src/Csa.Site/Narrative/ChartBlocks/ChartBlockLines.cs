using System.Text.RegularExpressions;

namespace Csa.Site.Narrative.ChartBlocks;

/// <summary>Finds the lines of chart fences in a page's Markdown as written, so diagnostics point at the right line even
/// when Scriban expressions before a chart (a <c>{{ table }}</c>, say) expanded into several lines.</summary>
public static partial class ChartBlockLines
{
    /// <summary>Returns the 0-based line, in the body as written, of each opening <c>```chart</c> or <c>~~~chart</c> fence.</summary>
    /// <param name="body">The page body before Scriban ran.</param>
    /// <returns>The lines, in order.</returns>
    public static IReadOnlyList<int> Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Split('\n');
        var result = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().IsMatch(lines[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})[ \t]*chart[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
