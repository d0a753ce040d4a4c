using System.Text;
using System.Text.RegularExpressions;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.DefaultSite;

/// <summary>Checks the default plan against the source's recommendations and the traced figures (issue 16).</summary>
public sealed partial class PlanContentTests
{
    // Each recommendations snippet and the plan priority or heading its actions serve.
    private static readonly (string Snippet, string Priority)[] _groups =
    [
        ("general", "whole-partnership"), ("asb", "asb"), ("domestic-abuse", "domestic-abuse"), ("burglaries-car-key", "burglary-car-key"),
        ("county-lines", "county-lines"), ("fraud", "fraud"), ("alcohol", "alcohol"), ("mental-health", "mental-health-missing-persons"),
        ("contextual-safeguarding", "contextual-safeguarding"), ("repeat-and-persistent-offending", "repeat-offending"),
        ("modern-slavery", "modern-slavery"), ("fire-and-fire-risk", "fire"), ("business-crime", "business-crime"),
        ("serious-violence-knife-crime", "knife-crime"), ("community-cohesion-and-hate-crime", "hate-crime"), ("counter-terrorism-prevent", "prevent"),
    ];

    private static readonly string _content = Path.Combine(RepositoryRoot.Find(), "content");

    [Fact]
    public void Every_recommendation_appears_as_exactly_one_proposed_action_without_lead_or_dates()
    {
        // Given
        var actions = Csv("plan-actions.csv");
        var snippets = Directory.EnumerateFiles(Path.Combine(_content, "_snippets", "recommendations"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        // When
        var problems = new List<string>();
        foreach (var (snippet, priority) in _groups)
        {
            var bullets = Bullets(File.ReadAllText(Path.Combine(_content, "_snippets", "recommendations", snippet + ".md")));
            var mine = actions.Where(a => a["priority"] == priority).ToList();
            if (mine.Count != bullets.Count)
            {
                problems.Add($"{snippet}: {bullets.Count} recommendations but {mine.Count} actions for '{priority}'");
            }

            foreach (var bullet in bullets)
            {
                var matches = actions.Count(a => a["action"] == bullet);
                if (matches != 1)
                {
                    problems.Add($"{snippet}: {matches} actions read \"{bullet}\"");
                }
            }
        }

        // Then
        Assert.Equal(snippets, _groups.Select(g => g.Snippet).Order(StringComparer.Ordinal));
        Assert.Empty(problems);
        Assert.Equal(63, actions.Count);
        Assert.All(actions, a => Assert.Equal(("proposed", "", "", ""), (a["status"], a["lead"], a["start"], a["due"])));
    }

    [Fact]
    public void Every_baseline_is_its_indicator_figure_as_traced_with_no_direction_or_target()
    {
        // Given
        var indicators = Csv("indicators.csv").ToDictionary(r => r["id"], StringComparer.Ordinal);
        var measures = Csv("plan-measures.csv");

        // Then
        Assert.Equal(18, measures.Count);
        Assert.All(measures, m =>
        {
            var indicator = indicators[m["indicator"]];
            Assert.Equal(indicator["value"], m["baseline"]);
            Assert.Equal(indicator["unit"], m["unit"]);
            Assert.Equal(indicator["period"] == ".." ? string.Empty : indicator["period"], m["baseline_period"]);
            Assert.Equal(indicator["topic"], m["priority"]);
            Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), (m["latest"], m["latest_period"], m["direction"], m["target"]));
        });
    }

    // A snippet's top-level bullets as the actions table words them: links become their text, a nested list is joined
    // with "; " after its lead-in, lines are joined, and the last sub-item gets a full stop.
    private static List<string> Bullets(string markdown)
    {
        var bullets = new List<StringBuilder>();
        var nested = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                bullets.Add(new StringBuilder(line[2..]));
                nested = false;
            }
            else if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                bullets[^1].Append(nested ? "; " : " ").Append(line.TrimStart()[2..]);
                nested = true;
            }
            else if (line.Trim().Length > 0)
            {
                bullets[^1].Append(' ').Append(line.Trim());
            }
        }

        return [.. bullets.Select(b => Space().Replace(Link().Replace(b.ToString(), "$1"), " ").Trim()).Select(b => b.EndsWith('.') ? b : b + ".")];
    }

    private static List<Dictionary<string, string>> Csv(string file)
    {
        var rows = Parse(File.ReadAllText(Path.Combine(_content, "data", file)));
        return [.. rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
