namespace Csa.Site.Browser.Tests.Support;

/// <summary>Holds what one sweep of a site found, check by check, so each test asserts its own check.</summary>
public sealed class SweepResult
{
    private readonly Dictionary<string, PageProblems> _problems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _run = new(StringComparer.Ordinal);

    /// <summary>Returns the problems of one check, recording that the check ran.</summary>
    /// <param name="check">What was checked, as the failure message names it.</param>
    /// <returns>The check's problems, to add to.</returns>
    public PageProblems For(string check)
    {
        _run.Add(check);
        if (!_problems.TryGetValue(check, out var problems))
        {
            problems = new PageProblems();
            _problems[check] = problems;
        }

        return problems;
    }

    /// <summary>Returns the problems one check found, each naming its page.</summary>
    /// <param name="check">What was checked.</param>
    /// <returns>The problems; fails the test if the sweep never ran the check.</returns>
    public IReadOnlyList<string> Problems(string check)
    {
        Assert.True(_run.Contains(check), $"the sweep did not run the check '{check}'");
        return _problems[check].All;
    }

    /// <summary>Fails the test with every problem the check found; fails too if the sweep never ran the check.</summary>
    /// <param name="check">What was checked.</param>
    public void AssertNone(string check)
    {
        Assert.True(_run.Contains(check), $"the sweep did not run the check '{check}'");
        _problems[check].AssertNone(check);
    }
}
