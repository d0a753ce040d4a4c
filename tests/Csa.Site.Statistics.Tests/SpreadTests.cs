namespace Csa.Site.Statistics.Tests;

public sealed class SpreadTests
{
    private static readonly double[] _textbook = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void Mean_averages_the_values()
    {
        // Given the textbook set 2, 4, 4, 4, 5, 5, 7, 9 (sum 40)
        // When the mean is computed
        var mean = Spread.Mean(_textbook);

        // Then it is 40 / 8
        Assert.Equal(5, mean, 12);
    }

    [Fact]
    public void Mean_of_equal_values_is_exactly_that_value()
    {
        // Given values that would not sum exactly in binary
        double[] values = [0.1, 0.1, 0.1];

        // When the mean and sample standard deviation are computed
        var mean = Spread.Mean(values);
        var sd = Spread.StandardDeviation(values);

        // Then there is no rounding noise
        Assert.Equal(0.1, mean);
        Assert.Equal(0, sd);
    }

    [Theory]
    [InlineData(StandardDeviationKind.Population, 2.0)]
    [InlineData(StandardDeviationKind.Sample, 2.138089935)]
    public void StandardDeviation_uses_the_requested_denominator(StandardDeviationKind kind, double expected)
    {
        // Given the textbook set, whose squared deviations sum to 32
        // When the standard deviation is computed
        var sd = Spread.StandardDeviation(_textbook, kind);

        // Then it is √(32 / 8) for the population and √(32 / 7) for a sample
        Assert.Equal(expected, sd, 9);
    }

    [Fact]
    public void StandardDeviation_defaults_to_sample()
    {
        // Given 1, 2, 3 (squared deviations sum to 2)
        double[] values = [1, 2, 3];

        // When no kind is given
        var sd = Spread.StandardDeviation(values);

        // Then the n − 1 denominator is used: √(2 / 2) = 1
        Assert.Equal(1, sd, 12);
    }

    [Fact]
    public void StandardDeviation_of_one_value_is_zero_for_a_population_and_refused_for_a_sample()
    {
        // Given a single value
        double[] values = [7];

        // When both kinds are computed
        var population = Spread.StandardDeviation(values, StandardDeviationKind.Population);

        // Then the population SD is 0 and the sample SD has no n − 1 to divide by
        Assert.Equal(0, population);
        Assert.Throws<ArgumentException>(() => Spread.StandardDeviation(values, StandardDeviationKind.Sample));
    }

    [Fact]
    public void Mean_refuses_an_empty_list_and_missing_values()
    {
        // Given no values, and a list holding NaN (a missing value not filtered out by the caller)
        // When the mean is computed
        // Then nothing is ignored silently
        Assert.Throws<ArgumentException>(() => Spread.Mean([]));
        var error = Assert.Throws<ArgumentException>(() => Spread.Mean([1, double.NaN, 3]));
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, 5, 2, 2.0)]
    [InlineData(1, 5, 2, -2.0)]
    [InlineData(5, 5, 2, 0.0)]
    public void ZScore_measures_distance_from_the_mean_in_standard_deviations(double value, double mean, double sd, double expected)
    {
        // Given a value, a mean and a standard deviation
        // When the z-score is computed
        var z = Spread.ZScore(value, mean, sd);

        // Then it is (value − mean) / SD
        Assert.Equal(expected, z);
    }

    [Fact]
    public void ZScore_is_null_without_spread()
    {
        // Given a standard deviation of 0
        // When the z-score is computed
        var z = Spread.ZScore(5, 5, 0);

        // Then there is no scale to measure with
        Assert.Null(z);
        Assert.Throws<ArgumentOutOfRangeException>(() => Spread.ZScore(5, 5, -1));
    }
}
