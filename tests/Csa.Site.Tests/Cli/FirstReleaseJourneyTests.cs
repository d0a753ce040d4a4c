using System.Globalization;
using System.Text.RegularExpressions;
using Csa.Site.Tests.Docs;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Cli;

/// <summary>Issue #23: a new partnership's first release, as <c>docs/first-release.md</c> tells it, from an empty folder
/// to a site that passes <c>check --release</c>: the page's own commands, run in order, with only the blanks the
/// starter marks filled in the way the page says.</summary>
public sealed partial class FirstReleaseJourneyTests
{
    private const string Page = "docs/first-release.md";

    [Theory]
    [InlineData("Riverside District", new[] { "Northgate", "Southmead", "Eastfield", "Westbrook", "Millbank", "St John's", "Abbey Park", "Kingsway" })]
    [InlineData("Hartwell Borough", new[] { "Hartwell Central", "Oakley", "Brook Green" })]
    public void The_documented_journey_takes_a_new_partnership_to_a_site_that_can_go_live(string partnership, string[] areas)
    {
        // Given: an empty folder, as a web officer who installed the tool has, and the page's commands in order
        using var folder = new TestSite(string.Empty, withMarkerTheme: false);
        File.Delete(Path.Combine(folder.Root, "content", "site.yml"));
        Directory.Delete(Path.Combine(folder.Root, "content"));
        var commands = DocFiles.Blocks(Page)
            .Where(b => b.Info == "sh")
            .SelectMany(b => b.Body.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("csa-site ", StringComparison.Ordinal)))
            .Where(l => !l.StartsWith("csa-site serve", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(4, commands.Count);
        Assert.StartsWith("csa-site new ", commands[0], StringComparison.Ordinal);

        // When: the plan is started, every blank filled as the page says, then built and checked with its commands
        var started = Run(folder.Root, commands[0]);
        var content = Path.Combine(folder.Root, commands[0].Split(' ')[2]);
        FillIn(content, partnership, areas);
        var results = commands.Skip(1).Select(c => (Command: c, Result: Run(folder.Root, c))).ToList();

        // Then: each step succeeds; the release check, the last, finds nothing that blocks
        Assert.True(started.ExitCode == 0, started.Stderr);
        foreach (var (command, result) in results)
        {
            Assert.True(result.ExitCode == 0, $"{command}\n{result.Stdout}\n{result.Stderr}");
        }

        Assert.Contains("Ready to publish", results[^1].Result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" error ", results[^1].Result.Stdout, StringComparison.Ordinal);
        var site = Path.Combine(folder.Root, "site");
        var statement = File.ReadAllText(Path.Combine(site, "accessibility", "index.html"));
        Assert.Contains("href=\"mailto:safety@", statement, StringComparison.Ordinal);
        Assert.Contains("prepared on 2 March 2026", statement, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "priorities", "anti-social-behaviour", "index.html")));
        Assert.Equal(areas.Length, Directory.GetDirectories(Path.Combine(site, "areas")).Length);
    }

    // The release check fetches links to other sites unless offline; a test runs offline, as of a fixed day.
    private static (int ExitCode, string Stdout, string Stderr) Run(string root, string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        if (args.Contains("--release"))
        {
            args.AddRange(["--offline", "--date", "2026-03-20"]);
        }

        return CliTests.CsaSite(root, [.. args]);
    }

    // Step 3 and 4 of the page: every [TBC: ...] filled, the contact and statement settings uncommented and given,
    // the areas' figures, the plan's leads and dates, the example priority renamed and a second priority with a chart.
    private static void FillIn(string content, string partnership, string[] areas)
    {
        var slug = partnership.Split(' ')[0].ToLowerInvariant();
        Edit(content, "site.yml", text => StarterSettings.FillStatement(text, partnership, $"safety@{slug}.gov.uk", "partial") + "publish_by: 2026-04-01\n");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            text = Blank().Replace(text, m => Answer(m.Value, partnership));
            File.WriteAllText(file, text);
        }



        // One row per area, with made-up figures: a test's data, never a partnership's.
        var rows = areas.Select((a, i) =>
        {
            var people = 6000 + (i * 1150);
            var crimes = 240 + (i * 37);
            return string.Create(CultureInfo.InvariantCulture, $"\"{a}\",{people},{crimes},{crimes * 1000.0 / people:0.0}");
        });
        File.WriteAllText(Path.Combine(content, "data", "areas.csv"), "area,population,recorded_crime,crime_rate\n" + string.Join('\n', rows) + "\n");

        // Step 4: the example priority renamed, everything that names it changed, and a second priority with a chart.
        File.Move(Path.Combine(content, "priorities", "example-priority.md"), Path.Combine(content, "priorities", "anti-social-behaviour.md"));
        foreach (var file in new[] { "priorities/anti-social-behaviour.md", "priorities/index.md", "data/plan-actions.csv", "data/plan-measures.csv", "data/datapackage.yml" })
        {
            Edit(content, file, text => text
                .Replace("[An example priority](example-priority.md)", "[Anti-social behaviour](anti-social-behaviour.md)\n- [Burglary](burglary.md)", StringComparison.Ordinal)
                .Replace("title: An example priority", "title: Anti-social behaviour", StringComparison.Ordinal)
                .Replace("example-priority", "anti-social-behaviour", StringComparison.Ordinal));
        }

        Edit(content, "data/datapackage.yml", text => text.Replace(
            "page: /priorities/anti-social-behaviour/}",
            "page: /priorities/anti-social-behaviour/}\n    - {id: burglary, title: Burglary, page: /priorities/burglary/}",
            StringComparison.Ordinal));
        Edit(content, "data/plan-actions.csv", text => Regex.Replace(text, ",,,,,proposed,", ",Police,,2026-04-01,2027-03-31,proposed,")
            + "burglary-1,burglary,Give door locks to older people who live alone.,District Council,Police,2026-04-01,2027-03-31,on track,,\n");
        Edit(content, "data/plan-measures.csv", text => text.Replace("\"per 1,000 people\",..,", "\"per 1,000 people\",41.2,", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(content, "priorities", "burglary.md"), $"""
            ---
            title: Burglary
            summary: Break-ins to homes and sheds in {partnership}, and what the partnership will do.
            ---
            Burglary means going into a building to steal. This chart shows the crime rate in each area.

            ```chart
            type: ranked-bars
            table: areas
            category: area
            value: crime_rate
            title: Crime rates differ across the areas
            subtitle: Recorded crimes per 1,000 people, {partnership} areas, 2020-21
            ```

            {"{{"} plan_actions 'burglary' {"}}"}

            {"{{"} plan_measures 'burglary' {"}}"}

            """);
    }

    // What an analyst writes in each blank: the partnership or area's name where one is asked for, a period, else a sentence.
    private static string Answer(string blank, string partnership)
    {
        var asks = blank.ToLowerInvariant();
        return asks switch
        {
            _ when asks.Contains("name of the partnership", StringComparison.Ordinal) => partnership,
            _ when asks.StartsWith("[tbc: area", StringComparison.Ordinal) => partnership,
            _ when asks.Contains("comparator", StringComparison.Ordinal) => "the county",
            _ when asks.Contains("period", StringComparison.Ordinal) => "2020-21",
            _ when asks.Contains("team name", StringComparison.Ordinal) => "Community Safety Team",
            _ when asks.Contains("council or organisation", StringComparison.Ordinal) => partnership + " Council",
            _ when asks.Contains("first area", StringComparison.Ordinal) => "First area",
            _ when asks.Contains("second area", StringComparison.Ordinal) => "Second area",
            _ when asks.Contains("third area", StringComparison.Ordinal) => "Third area",
            _ => $"The partnership's own words for {partnership}.",
        };
    }

    private static void Edit(string content, string file, Func<string, string> change)
    {
        var path = Path.Combine(content, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [GeneratedRegex(@"\[TBC:[^\]]*\]")]
    private static partial Regex Blank();
}
