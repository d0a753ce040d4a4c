namespace Csa.Site.Statistics.Tests;

public sealed class RateConfidenceIntervalTests
{
    [Theory]
    [InlineData(4.0, true)]
    [InlineData(5.0, true)]
    [InlineData(6.0, true)]
    [InlineData(3.5, false)]
    [InlineData(6.5, false)]
    public void Contains_includes_both_limits(double value, bool expected)
    {
        // Given an interval of 4 to 6
        var interval = new RateConfidenceInterval(5, 4, 6, ConfidenceIntervalMethod.Byar, ConfidenceLevel.NinetyFive);

        // When a value is tested
        var inside = interval.Contains(value);

        // Then the limits count as inside
        Assert.Equal(expected, inside);
    }
}
