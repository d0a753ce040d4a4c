namespace Csa.Site.Statistics.Tests;

public sealed class SignificanceComparisonsTests
{
    private static readonly RateConfidenceInterval _interval =
        new(Rate: 5, Lower: 4, Upper: 6, ConfidenceIntervalMethod.Byar, ConfidenceLevel.NinetyFive);

    [Theory]
    [InlineData(3.999, Significance.Higher)]
    [InlineData(4.0, Significance.Similar)]
    [InlineData(5.0, Significance.Similar)]
    [InlineData(6.0, Significance.Similar)]
    [InlineData(6.001, Significance.Lower)]
    public void Compare_is_similar_when_the_comparator_lies_inside_the_interval_inclusive(double comparator, Significance expected)
    {
        // Given an area interval of 4 to 6
        // When a comparator is tested against it
        var result = SignificanceComparisons.Compare(_interval, comparator);

        // Then limits count as inside; below the interval the area is higher, above it the area is lower
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Compare_finds_the_source_documents_asb_rate_significantly_lower_than_the_force()
    {
        // Given 2,250 ASB incidents in 103,965 people and the force rate of 32.6 per 1,000
        var interval = ConfidenceIntervals.ForRate(2_250, 103_965);

        // When the force rate is compared with the local interval
        var result = SignificanceComparisons.Compare(interval, 32.6);

        // Then the local rate is significantly lower
        Assert.Equal(Significance.Lower, result);
        Assert.Equal("significantly lower than", SignificanceComparisons.Describe(result));
    }

    [Fact]
    public void Compare_finds_a_small_count_similar_despite_a_higher_rate()
    {
        // Given 5 events in 1,000 people (rate 5.0, exact interval 1.62 to 11.67) and a comparator of 3.3
        var interval = ConfidenceIntervals.ForRate(5, 1_000);

        // When they are compared
        var result = SignificanceComparisons.Compare(interval, 3.3);

        // Then a descriptive comparison says higher but the significance test says similar
        Assert.Equal(RelativeLevel.Higher, Comparisons.Classify(interval.Rate, 3.3));
        Assert.Equal(Significance.Similar, result);
    }

    [Fact]
    public void Compare_without_an_interval_or_comparator_is_not_compared()
    {
        // Given a missing interval, a missing comparator, and limits the wrong way round
        // When they are compared
        // Then no comparison is made
        Assert.Equal(Significance.NotCompared, SignificanceComparisons.Compare(null, 3.3));
        Assert.Equal(Significance.NotCompared, SignificanceComparisons.Compare(_interval, null));
        Assert.Equal(Significance.NotCompared, SignificanceComparisons.Compare(_interval, double.NaN));
        Assert.Equal(Significance.NotCompared, SignificanceComparisons.Compare(lower: null, upper: 6, comparator: 5));
        Assert.Equal(Significance.NotCompared, SignificanceComparisons.Compare(lower: 6, upper: 4, comparator: 5));
    }

    [Theory]
    [InlineData(Significance.Higher, "significantly higher than")]
    [InlineData(Significance.Similar, "similar to")]
    [InlineData(Significance.Lower, "significantly lower than")]
    [InlineData(Significance.NotCompared, "not compared with")]
    public void Describe_words_the_result_for_residents(Significance significance, string expected)
    {
        // Given a significance result
        // When it is worded
        var words = SignificanceComparisons.Describe(significance);

        // Then only a real difference says "significantly"
        Assert.Equal(expected, words);
    }
}
