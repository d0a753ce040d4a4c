namespace Csa.Site.Charts;

/// <summary>Holds a value axis whose ends and ticks fall on round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ), always including zero.</summary>
/// <param name="Min">The lowest value of the axis, a tick.</param>
/// <param name="Max">The highest value of the axis, a tick.</param>
/// <param name="Step">The distance between ticks.</param>
/// <param name="Ticks">The tick values from <paramref name="Min"/> to <paramref name="Max"/>.</param>
public sealed record NiceScale(double Min, double Max, double Step, IReadOnlyList<double> Ticks)
{
    private static readonly double[] _multiples = [1, 2, 2.5, 5, 10];

    /// <summary>Gets the decimals the tick labels need: a step of 2.5 needs 1, of 20 needs 0.</summary>
    public int Decimals
    {
        get
        {
            for (var d = 0; d < 10; d++)
            {
                var scaled = Step * Math.Pow(10, d);
                if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled))
                {
                    return d;
                }
            }

            return 10;
        }
    }

    /// <summary>Creates the scale with the fewest round steps covering the values and zero with at most
    /// <paramref name="maxTicks"/> ticks: (0, 182.6, 6) → 0, 50, 100, 150, 200.</summary>
    /// <param name="low">The lowest value to show.</param>
    /// <param name="high">The highest value to show.</param>
    /// <param name="maxTicks">The most ticks wanted, at least 2.</param>
    /// <returns>The scale.</returns>
    public static NiceScale Create(double low, double high, int maxTicks)
    {
        maxTicks = Math.Max(2, maxTicks);
        var lo = Math.Min(0, low);
        var hi = Math.Max(0, high);
        if (hi - lo <= 0)
        {
            hi = lo + 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10((hi - lo) / (maxTicks - 1))));
        var step = magnitude * 10;
        foreach (var multiple in _multiples)
        {
            var candidate = multiple * magnitude;
            if (Math.Ceiling(Round(hi / candidate)) - Math.Floor(Round(lo / candidate)) + 1 <= maxTicks)
            {
                step = candidate;
                break;
            }
        }

        var first = (long)Math.Floor(Round(lo / step));
        var last = (long)Math.Ceiling(Round(hi / step));
        var ticks = new List<double>();
        for (var i = first; i <= last; i++)
        {
            ticks.Add(Round(i * step));
        }

        return new NiceScale(ticks[0], ticks[^1], step, ticks);
    }

    /// <summary>Maps a value to a position between two pixel coordinates.</summary>
    /// <param name="value">The value.</param>
    /// <param name="start">The position of <see cref="Min"/>.</param>
    /// <param name="end">The position of <see cref="Max"/>.</param>
    /// <returns>The position.</returns>
    public float Map(double value, float start, float end) => start + (float)((value - Min) / (Max - Min)) * (end - start);

    // Steps like 0.1 are not exact in binary; rounding keeps 0.30000000000000004 from becoming a fourth tick.
    private static double Round(double value) => Math.Round(value, 9);
}
