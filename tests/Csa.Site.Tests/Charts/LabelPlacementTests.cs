using Csa.Site.Charts;

namespace Csa.Site.Tests.Charts;

public sealed class LabelPlacementTests
{
    [Fact]
    public void Spread_moves_crowded_boxes_apart_keeping_their_order_and_limits()
    {
        // Given: four labels of height 10 all wanting the same place near the bottom of 0..40.
        float[] centres = [38, 37, 39, 38];
        float[] heights = [10, 10, 10, 10];

        // When
        var tops = LabelPlacement.Spread(centres, heights, 0, 40, 0);

        // Then
        var order = tops.Select((t, i) => (t, i)).OrderBy(x => x.t).Select(x => x.i).ToArray();
        Assert.Equal([1, 0, 3, 2], order);
        Assert.Equal(0, tops.Min());
        Assert.Equal(30, tops.Max());
        Assert.All(tops.Order().Zip(tops.Order().Skip(1)), p => Assert.True(p.Second - p.First >= 10));
    }

    [Fact]
    public void Rows_puts_overlapping_spans_in_new_rows_and_reuses_free_ones()
    {
        // When
        var rows = LabelPlacement.Rows([(0, 50), (40, 90), (60, 100), (95, 120)], gap: 4);

        // Then
        Assert.Equal([0, 1, 0, 1], rows);
    }
}
