namespace Csa.Site.Browser.Tests.Support;

/// <summary>Collects problems found on many pages, so one test run lists every failing page, not only the first.</summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    /// <summary>Gets every problem recorded, each naming its page.</summary>
    public IReadOnlyList<string> All => _problems;

    /// <summary>Records a problem on a page.</summary>
    /// <param name="page">The page.</param>
    /// <param name="problem">What is wrong.</param>
    public void Add(SitePage page, string problem) => _problems.Add($"{page}: {problem}");

    /// <summary>Records a problem on a page when a condition does not hold.</summary>
    /// <param name="page">The page.</param>
    /// <param name="condition">What should be true.</param>
    /// <param name="problem">What is wrong when it is not.</param>
    public void Expect(SitePage page, bool condition, string problem)
    {
        if (!condition)
        {
            Add(page, problem);
        }
    }

    /// <summary>Fails the test with every problem recorded, if any.</summary>
    /// <param name="what">What was checked, for the failure message.</param>
    public void AssertNone(string what)
    {
        Assert.True(_problems.Count == 0, $"{what}: {_problems.Count} problem(s)\n" + string.Join('\n', _problems));
    }
}
