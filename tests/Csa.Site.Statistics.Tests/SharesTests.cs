namespace Csa.Site.Statistics.Tests;

public sealed class SharesTests
{
    [Fact]
    public void Percent_reproduces_the_repeat_offender_share_in_the_source_document()
    {
        // Given "around 40% (525) of the 1310 offenders living in Lichfield"
        // When the share is computed
        var fraction = Shares.Fraction(525, 1_310);
        var percent = Shares.Percent(525, 1_310);

        // Then it is 0.4008 (40.08%), the document's 40%
        Assert.Equal(0.400763, fraction, tolerance: 1e-6);
        Assert.Equal(40.076336, percent, tolerance: 1e-6);
        Assert.Equal(40, Math.Round(percent));
    }

    [Theory]
    [InlineData(0, 10, 0.0)]
    [InlineData(10, 10, 1.0)]
    [InlineData(1, 4, 0.25)]
    public void Fraction_spans_zero_to_one(double part, double total, double expected)
    {
        // Given a part of a total
        // When the share is computed
        var fraction = Shares.Fraction(part, total);

        // Then it is part / total
        Assert.Equal(expected, fraction);
    }

    [Theory]
    [InlineData(1, 0, "total")]
    [InlineData(-1, 10, "part")]
    [InlineData(11, 10, "part")]
    public void Fraction_rejects_an_impossible_share(double part, double total, string parameter)
    {
        // Given a zero total, a negative part or a part bigger than the total
        // When the share is computed
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Shares.Fraction(part, total));

        // Then the offending parameter is named
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(11, 5, 2.2)]
    [InlineData(10, 15, 0.666667)]
    [InlineData(23, 10, 2.3)]
    [InlineData(5, 5, 1.0)]
    public void Disproportionality_divides_share_of_victims_by_share_of_population(double victims, double population, double expected)
    {
        // Given the document's Mosaic shares: Family Basics "5% of population, 11% of all victims",
        // Prestige Positions "15% of population, 10% of victims", and "10% of crime ... 23% of Residential Burglary"
        // When the disproportionality ratio is computed
        var ratio = Shares.Disproportionality(victims, population);

        // Then over-represented groups are above 1 and under-represented groups below 1
        Assert.Equal(expected, ratio, tolerance: 1e-6);
    }

    [Fact]
    public void Disproportionality_from_counts_matches_the_ratio_of_shares()
    {
        // Given 110 of 1,000 victims from 5,000 of 100,000 residents (11% and 5%)
        // When the ratio is computed from counts
        var ratio = Shares.Disproportionality(110, 1_000, 5_000, 100_000);

        // Then it equals 11% / 5%
        Assert.Equal(2.2, ratio, 12);
    }

    [Fact]
    public void Disproportionality_rejects_a_zero_population_share()
    {
        // Given a group with no population share
        // When the ratio is computed
        // Then it is refused rather than infinite
        Assert.Throws<ArgumentOutOfRangeException>(() => Shares.Disproportionality(0.1, 0));
    }
}
