using Csa.Site.Statistics.Tests.Testing;

namespace Csa.Site.Statistics.Tests;

public sealed class RatesTests
{
    [Theory]
    [InlineData(10, 5_000, 1_000, 2.0)]
    [InlineData(10, 5_000, 10_000, 20.0)]
    [InlineData(0, 5_000, 1_000, 0.0)]
    [InlineData(1, 3, 100, 33.333333)]
    public void Rate_multiplies_count_over_population_by_per(double count, double population, double per, double expected)
    {
        // Given a count, a population and a multiplier
        // When the rate is computed
        var rate = Rates.Rate(count, population, per);

        // Then it is count / population × per
        Assert.Equal(expected, rate, 6);
    }

    [Fact]
    public void Rate_defaults_to_per_thousand()
    {
        // Given no multiplier
        // When the rate is computed
        var rate = Rates.Rate(25, 10_000);

        // Then it is per 1,000
        Assert.Equal(2.5, rate, 10);
        Assert.Equal(1_000, Rates.PerThousand);
        Assert.Equal(10_000, Rates.PerTenThousand);
    }

    [Fact]
    public void Rate_reproduces_the_missing_persons_rate_in_the_source_document()
    {
        // Given "260 Missing Persons incidents" in a population of 103,965
        // When the rate per 1,000 is computed
        var rate = Rates.Rate(260, LichfieldAssessment.Population);

        // Then it rounds to the document's "2.5 per 1,000"
        Assert.Equal(2.5, Math.Round(rate, 1));
    }

    [Theory]
    [InlineData(1, 0, 1_000, "population")]
    [InlineData(1, -5, 1_000, "population")]
    [InlineData(-1, 100, 1_000, "count")]
    [InlineData(1, 100, 0, "per")]
    [InlineData(double.NaN, 100, 1_000, "count")]
    [InlineData(1, double.PositiveInfinity, 1_000, "population")]
    public void Rate_rejects_values_out_of_range(double count, double population, double per, string parameter)
    {
        // Given an invalid count, population or multiplier
        // When the rate is computed
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Rates.Rate(count, population, per));

        // Then the offending parameter is named
        Assert.Equal(parameter, error.ParamName);
    }
}
