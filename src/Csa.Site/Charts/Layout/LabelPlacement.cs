namespace Csa.Site.Charts;

/// <summary>Places labels so they never overlap: in rows (side by side) or spread along one axis (stacked).</summary>
internal static class LabelPlacement
{
    /// <summary>Puts each span in the first row where it overlaps no other span by less than the gap.</summary>
    /// <returns>The row of each span, 0 first.</returns>
    public static int[] Rows(IReadOnlyList<(float Left, float Right)> spans, float gap)
    {
        var rows = new List<List<(float Left, float Right)>>();
        var result = new int[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var row = rows.FindIndex(r => r.TrueForAll(o => span.Right + gap <= o.Left || o.Right + gap <= span.Left));
            if (row < 0)
            {
                rows.Add([]);
                row = rows.Count - 1;
            }

            rows[row].Add(span);
            result[i] = row;
        }

        return result;
    }

    /// <summary>Moves boxes of the given heights as little as possible from their wanted centres so that none overlap,
    /// keeping their order and, where there is room, staying between <paramref name="min"/> and <paramref name="max"/>.</summary>
    /// <returns>The top of each box.</returns>
    public static float[] Spread(IReadOnlyList<float> centres, IReadOnlyList<float> heights, float min, float max, float gap)
    {
        var order = Enumerable.Range(0, centres.Count).OrderBy(i => centres[i]).ThenBy(i => i).ToArray();
        var tops = new float[centres.Count];
        var cursor = min;
        foreach (var i in order)
        {
            tops[i] = Math.Max(centres[i] - (heights[i] / 2), cursor);
            cursor = tops[i] + heights[i] + gap;
        }

        // Push back up from the bottom limit, but never above the top limit: overlap is worse than overflow.
        var limit = max;
        for (var k = order.Length - 1; k >= 0; k--)
        {
            var i = order[k];
            var top = Math.Min(tops[i], limit - heights[i]);
            var floor = k == 0 ? min : float.NegativeInfinity;
            tops[i] = Math.Max(top, floor);
            limit = tops[i] - gap;
        }

        // A second forward pass restores any overlap the upward push made against the top limit.
        cursor = min;
        foreach (var i in order)
        {
            tops[i] = Math.Max(tops[i], cursor);
            cursor = tops[i] + heights[i] + gap;
        }

        return tops;
    }
}
