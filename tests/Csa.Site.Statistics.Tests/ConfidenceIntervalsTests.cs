namespace Csa.Site.Statistics.Tests;

public sealed class ConfidenceIntervalsTests
{
    [Theory]
    [InlineData(0, 0.0, 3.6889)]
    [InlineData(1, 0.0253, 5.5716)]
    [InlineData(5, 1.6235, 11.6683)]
    [InlineData(9, 4.1154, 17.0848)]
    public void ForRate_below_ten_matches_the_published_exact_poisson_limits(double observed, double lower, double upper)
    {
        // Given a count below 10 in a population of 1,000 (so the rate limits equal the count limits)
        // When the 95% interval is computed
        var interval = ConfidenceIntervals.ForRate(observed, 1_000);

        // Then the limits match the standard exact Poisson table
        Assert.Equal(ConfidenceIntervalMethod.ExactPoisson, interval.Method);
        Assert.Equal(observed, interval.Rate, 12);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Theory]
    [InlineData(10, 4.787450, 18.391459)]
    [InlineData(15, 8.389264, 24.741631)]
    [InlineData(100, 81.362105, 121.627938)]
    [InlineData(2_250, 2157.981154, 2344.933717)]
    public void ForRate_from_ten_uses_byars_method(double observed, double lower, double upper)
    {
        // Given a count of 10 or more; expected limits computed independently in python from
        // O·(1 − 1/(9O) − z/(3√O))³ and (O+1)·(1 − 1/(9(O+1)) + z/(3√(O+1)))³ with z = 1.959964
        // When the 95% interval per 1,000 of a population of 1,000 is computed
        var interval = ConfidenceIntervals.ForRate(observed, 1_000);

        // Then Byar's limits are used
        Assert.Equal(ConfidenceIntervalMethod.Byar, interval.Method);
        Assert.Equal(lower, interval.Lower, tolerance: 1e-6);
        Assert.Equal(upper, interval.Upper, tolerance: 1e-6);
    }

    [Fact]
    public void ForRate_switches_method_between_nine_and_ten()
    {
        // Given 9 and 10 events
        // When their intervals are computed
        var nine = ConfidenceIntervals.ForRate(9, 1_000);
        var ten = ConfidenceIntervals.ForRate(10, 1_000);

        // Then 9 is exact (Byar would give 4.1069, not 4.1154) and 10 is Byar
        Assert.Equal(ConfidenceIntervalMethod.ExactPoisson, nine.Method);
        Assert.Equal(4.115373, nine.Lower, tolerance: 1e-6);
        Assert.Equal(4.106885, ConfidenceIntervals.ByarLower(9, ConfidenceLevel.NinetyFive), tolerance: 1e-6);
        Assert.Equal(ConfidenceIntervalMethod.Byar, ten.Method);
    }

    [Fact]
    public void ForRate_scales_the_limits_like_the_rate()
    {
        // Given 10 events in 5,000 people, per 1,000
        // When the interval is computed
        var interval = ConfidenceIntervals.ForRate(10, 5_000);

        // Then the rate is 2.0 and the Byar limits are divided by 5,000 and multiplied by 1,000
        Assert.Equal(2.0, interval.Rate, 12);
        Assert.Equal(0.957490, interval.Lower, tolerance: 1e-6);
        Assert.Equal(3.678292, interval.Upper, tolerance: 1e-6);
        Assert.Equal(ConfidenceLevel.NinetyFive, interval.Level);
    }

    [Fact]
    public void ForRate_accepts_any_multiplier()
    {
        // Given 5 events in 2,000 people, per 10,000
        // When the interval is computed
        var interval = ConfidenceIntervals.ForRate(5, 2_000, per: Rates.PerTenThousand);

        // Then rate and exact limits are per 10,000: 25 (8.117 to 58.342)
        Assert.Equal(25, interval.Rate, 12);
        Assert.Equal(8.117432, interval.Lower, tolerance: 1e-6);
        Assert.Equal(58.341660, interval.Upper, tolerance: 1e-6);
    }

    [Fact]
    public void ForRate_gives_the_asb_rate_of_the_source_document_a_narrow_interval()
    {
        // Given the document's "2,250 incidents" of ASB and "103,965 people"
        // When the 95% interval per 1,000 is computed
        var interval = ConfidenceIntervals.ForRate(2_250, 103_965);

        // Then the rate 21.64 lies in (20.76, 22.56), so the force rate of 32.6 is far above it
        Assert.Equal(21.641899, interval.Rate, tolerance: 1e-6);
        Assert.Equal(20.756804, interval.Lower, tolerance: 1e-6);
        Assert.Equal(22.555030, interval.Upper, tolerance: 1e-6);
    }

    [Theory]
    [InlineData(0, 0.0, 6.907755)]
    [InlineData(1, 0.001001, 9.233413)]
    [InlineData(9, 2.452424, 22.657373)]
    [InlineData(10, 2.916319, 24.193723)]
    [InlineData(100, 71.903694, 134.943618)]
    public void ForRate_at_99_8_percent_uses_the_wider_z_and_alpha(double observed, double lower, double upper)
    {
        // Given a 99.8% level (z = 3.090232, α = 0.002); exact limits found in python by solving the Poisson tail equations
        // When the interval is computed
        var interval = ConfidenceIntervals.ForRate(observed, 1_000, ConfidenceLevel.NinetyNinePointEight);

        // Then the limits are the 99.8% ones
        Assert.Equal(ConfidenceLevel.NinetyNinePointEight, interval.Level);
        Assert.Equal(lower, interval.Lower, tolerance: 1e-6);
        Assert.Equal(upper, interval.Upper, tolerance: 1e-6);
    }

    [Fact]
    public void ForRate_with_nothing_observed_has_a_lower_limit_of_zero()
    {
        // Given 0 events
        // When the interval is computed
        var interval = ConfidenceIntervals.ForRate(0, 50_000);

        // Then rate and lower limit are 0 and the upper limit is 3.689 / 50,000 × 1,000
        Assert.Equal(0, interval.Rate);
        Assert.Equal(0, interval.Lower);
        Assert.Equal(0.073778, interval.Upper, tolerance: 1e-6);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(5, -100)]
    [InlineData(-1, 100)]
    [InlineData(double.NaN, 100)]
    public void ForRate_rejects_an_impossible_count_or_population(double observed, double population)
    {
        // Given a population of 0 or less, or a negative or missing count
        // When the interval is computed
        // Then it is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.ForRate(observed, population));
    }

    [Fact]
    public void Z_and_alpha_match_the_reference_constants()
    {
        // Given both levels
        // When their constants are read
        // Then they are the Fingertips values
        Assert.Equal(1.959964, ConfidenceIntervals.Z(ConfidenceLevel.NinetyFive));
        Assert.Equal(3.090232, ConfidenceIntervals.Z(ConfidenceLevel.NinetyNinePointEight));
        Assert.Equal(0.05, ConfidenceIntervals.Alpha(ConfidenceLevel.NinetyFive));
        Assert.Equal(0.002, ConfidenceIntervals.Alpha(ConfidenceLevel.NinetyNinePointEight));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Z((ConfidenceLevel)7));
    }
}
