namespace Csa.Site.Statistics.Tests;

public sealed class ChangesTests
{
    [Theory]
    [InlineData(250, 270, 8.0, Direction.Up)]
    [InlineData(100, 93, -7.0, Direction.Down)]
    [InlineData(50, 56, 12.0, Direction.Up)]
    [InlineData(12, 12, 0.0, Direction.NoChange)]
    public void Between_gives_percent_change_and_direction(double previous, double current, double percent, Direction direction)
    {
        // Given two periods (the document reports +8%, −7% and +12% changes)
        // When the change is computed
        var change = Changes.Between(previous, current);

        // Then the percentage is (current − previous) / previous × 100
        Assert.Equal(percent, change.PercentChange!.Value, 10);
        Assert.Equal(direction, change.Direction);
        Assert.Equal(current - previous, change.Difference);
        Assert.Equal(previous, change.Previous);
        Assert.Equal(current, change.Current);
    }

    [Theory]
    [InlineData(0, 5, Direction.Up)]
    [InlineData(0, 0, Direction.NoChange)]
    public void Between_from_zero_has_a_direction_but_no_percentage(double previous, double current, Direction direction)
    {
        // Given a previous period of 0
        // When the change is computed
        var change = Changes.Between(previous, current);

        // Then the percentage is undefined (null) and the direction still holds
        Assert.Null(change.PercentChange);
        Assert.Equal(direction, change.Direction);
    }

    [Fact]
    public void DirectionOf_treats_only_exact_equality_as_no_change()
    {
        // Given a tiny rise
        // When the direction is computed
        var direction = Changes.DirectionOf(10, 10.0001);

        // Then it is up
        Assert.Equal(Direction.Up, direction);
    }

    [Fact]
    public void Between_falls_to_zero_as_minus_one_hundred_percent()
    {
        // Given a fall from 40 to 0
        // When the change is computed
        var change = Changes.Between(40, 0);

        // Then it is −100%, down
        Assert.Equal(-100, change.PercentChange);
        Assert.Equal(Direction.Down, change.Direction);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, -1)]
    [InlineData(double.NaN, 5)]
    public void Between_rejects_negative_or_missing_values(double previous, double current)
    {
        // Given a negative or missing value
        // When the change is computed
        // Then it is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => Changes.Between(previous, current));
    }
}
