using System.Diagnostics;
using System.Globalization;

namespace Csa.Site.Browser.Tests.Support;

/// <summary>Times each check of a page sweep, page by page, and writes the slowest when <c>CSA_SWEEP_TIMINGS</c> names a
/// folder, so the cost of a check can be found without timing tests.</summary>
internal sealed class SweepTimings
{
    private readonly List<(string Page, string Check, TimeSpan Time)> _times = [];

    /// <summary>Starts timing one check on one page; dispose the result to stop.</summary>
    /// <param name="page">The page.</param>
    /// <param name="check">The check.</param>
    /// <returns>The running measurement.</returns>
    public IDisposable Measure(SitePage page, string check) => new Measurement(this, page.File, check);

    /// <summary>Writes the totals per check and the twenty slowest page checks to <c>$CSA_SWEEP_TIMINGS/SITE.txt</c>.</summary>
    /// <param name="site">The site's name.</param>
    public void WriteIfAsked(string site)
    {
        var folder = Environment.GetEnvironmentVariable("CSA_SWEEP_TIMINGS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var lines = _times.GroupBy(t => t.Check).OrderByDescending(g => g.Sum(t => t.Time.TotalSeconds))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Sum(t => t.Time.TotalSeconds),8:0.00} s  {g.Key}"))
            .Append(string.Empty)
            .Concat(_times.OrderByDescending(t => t.Time).Take(20).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Time.TotalSeconds,8:0.00} s  {t.Check}  {t.Page}")));
        File.WriteAllLines(Path.Combine(folder, site + ".txt"), lines);
    }

    private sealed class Measurement(SweepTimings timings, string page, string check) : IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Dispose() => timings._times.Add((page, check, _clock.Elapsed));
    }
}
