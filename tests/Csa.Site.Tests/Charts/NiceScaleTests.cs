using Csa.Site.Charts;

namespace Csa.Site.Tests.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 182.6, 6, new[] { 0.0, 50, 100, 150, 200 })]
    [InlineData(0, 28.1, 5, new[] { 0.0, 10, 20, 30 })]
    [InlineData(0, 0.9, 6, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0, 7, 5, new[] { 0.0, 2, 4, 6, 8 })]
    [InlineData(0, 7, 4, new[] { 0.0, 2.5, 5, 7.5 })]
    [InlineData(-12, 30, 6, new[] { -20.0, -10, 0, 10, 20, 30 })]
    [InlineData(0, 0, 5, new[] { 0.0, 0.25, 0.5, 0.75, 1 })]
    public void Ticks_fall_on_round_numbers_cover_the_values_and_include_zero(double low, double high, int maxTicks, double[] expected)
    {
        // When
        var scale = NiceScale.Create(low, high, maxTicks);

        // Then
        Assert.Equal(expected, scale.Ticks);
        Assert.True(scale.Ticks.Count <= maxTicks);
    }

    [Fact]
    public void Positions_map_linearly_between_the_ends()
    {
        // Given
        var scale = NiceScale.Create(0, 182.6, 6);

        // When
        var position = scale.Map(50, 100, 500);

        // Then
        Assert.Equal(200, position, 3);
        Assert.Equal(1, NiceScale.Create(0, 7, 4).Decimals);
    }
}
