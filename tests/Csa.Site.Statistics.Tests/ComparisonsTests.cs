namespace Csa.Site.Statistics.Tests;

public sealed class ComparisonsTests
{
    [Fact]
    public void Compare_reports_difference_ratio_and_percent_difference()
    {
        // Given the document's residential burglary rates: "Local rate: 3.8 per 1,000", "Force rate: 3.3 per 1,000"
        // When the local rate is compared with the force rate
        var comparison = Comparisons.Compare(3.8, 3.3);

        // Then it is 0.5 higher, 1.1515 times, +15.15% (0.5 / 3.3 × 100)
        Assert.Equal(0.5, comparison.Difference, 12);
        Assert.Equal(1.151515, comparison.Ratio!.Value, tolerance: 1e-6);
        Assert.Equal(15.151515, comparison.PercentDifference!.Value, tolerance: 1e-6);
        Assert.Equal(RelativeLevel.Higher, comparison.Level);
        Assert.Equal("higher than", comparison.Wording);
    }

    [Fact]
    public void Compare_puts_the_asb_rate_below_the_force_rate_as_the_source_document_does()
    {
        // Given "21.7 per 1,000 compared to 32.6 per 1,000"
        // When the local ASB rate is compared with the force rate
        var comparison = Comparisons.Compare(21.7, 32.6);

        // Then it is lower, by 10.9 or 33.4%
        Assert.Equal(RelativeLevel.Lower, comparison.Level);
        Assert.Equal(-10.9, comparison.Difference, 10);
        Assert.Equal(-33.435583, comparison.PercentDifference!.Value, tolerance: 1e-6);
        Assert.Equal("lower than", comparison.Wording);
    }

    [Fact]
    public void Compare_gives_the_ratio_behind_four_times_the_force_rate()
    {
        // Given Shenstone's residential burglary rate 12.2 and the force rate 3.3
        // ("four-times higher than the force-wide rate")
        // When they are compared
        var comparison = Comparisons.Compare(12.2, 3.3);

        // Then the ratio 3.70 rounds to 4
        Assert.Equal(4, Math.Round(comparison.Ratio!.Value));
    }

    [Theory]
    [InlineData(3.9, 4.0, 0.0, RelativeLevel.Lower)]
    [InlineData(3.9, 4.0, 0.05, RelativeLevel.Similar)]
    [InlineData(4.19, 4.0, 0.05, RelativeLevel.Similar)]
    [InlineData(4.5, 4.0, 0.125, RelativeLevel.Similar)]
    [InlineData(3.5, 4.0, 0.125, RelativeLevel.Similar)]
    [InlineData(4.5, 4.0, 0.124, RelativeLevel.Higher)]
    [InlineData(4.3, 4.0, 0.05, RelativeLevel.Higher)]
    [InlineData(4.0, 4.0, 0.0, RelativeLevel.Similar)]
    [InlineData(0.0, 0.0, 0.0, RelativeLevel.Similar)]
    [InlineData(0.1, 0.0, 0.5, RelativeLevel.Higher)]
    public void Classify_calls_values_within_the_relative_tolerance_similar(
        double value, double comparator, double tolerance, RelativeLevel expected)
    {
        // Given a value, a comparator and a relative tolerance (default 0: only equality is similar)
        // When the value is classified
        var level = Comparisons.Classify(value, comparator, tolerance);

        // Then it is similar only within tolerance × |comparator|
        Assert.Equal(expected, level);
    }

    [Fact]
    public void Classify_defaults_to_exact_equality()
    {
        // Given the document's fraud rates, 3.9 locally and 4.0 force-wide
        // When they are classified with no tolerance
        var level = Comparisons.Classify(3.9, 4.0);

        // Then even a small difference is not "about the same"
        Assert.Equal(RelativeLevel.Lower, level);
    }

    [Fact]
    public void Compare_has_no_ratio_against_zero()
    {
        // Given a comparator of 0
        // When a value is compared with it
        var comparison = Comparisons.Compare(2, 0);

        // Then the ratio and percentage are undefined but the difference and level are not
        Assert.Null(comparison.Ratio);
        Assert.Null(comparison.PercentDifference);
        Assert.Equal(2, comparison.Difference);
        Assert.Equal(RelativeLevel.Higher, comparison.Level);
    }

    [Theory]
    [InlineData(RelativeLevel.Lower, "lower than")]
    [InlineData(RelativeLevel.Similar, "about the same as")]
    [InlineData(RelativeLevel.Higher, "higher than")]
    public void Describe_words_the_level_without_claiming_significance(RelativeLevel level, string expected)
    {
        // Given a level
        // When it is worded for residents
        var words = Comparisons.Describe(level);

        // Then the words are plain and never say "significantly"
        Assert.Equal(expected, words);
        Assert.DoesNotContain("significant", words, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Classify_rejects_a_negative_tolerance_and_missing_values()
    {
        // Given a negative tolerance or a NaN value
        // When a value is classified
        // Then it is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => Comparisons.Classify(1, 2, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Comparisons.Classify(double.NaN, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Comparisons.Describe((RelativeLevel)99));
    }
}
