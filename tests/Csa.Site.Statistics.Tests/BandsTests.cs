using Csa.Site.Statistics.Tests.Testing;

namespace Csa.Site.Statistics.Tests;

public sealed class BandsTests
{
    [Fact]
    public void Summarise_reports_mean_spread_thresholds_bands_and_z_scores()
    {
        // Given 1, 2, 3, 4, 10: mean 4, squared deviations sum to 50, sample SD √12.5
        double[] values = [1, 2, 3, 4, 10];

        // When the values are banded with the defaults
        var summary = Bands.Summarise(values);

        // Then the thresholds are mean + 1 SD and mean + 2 SD, and only 10 is above
        var sd = Math.Sqrt(12.5);
        Assert.Equal(4, summary.Mean, 12);
        Assert.Equal(sd, summary.StandardDeviation, 12);
        Assert.Equal(4 + sd, summary.AboveThreshold, 12);
        Assert.Equal(4 + (2 * sd), summary.SignificantThreshold, 12);
        Assert.Equal([Band.None, Band.None, Band.None, Band.None, Band.Above], summary.Bands);
        Assert.Equal(6 / sd, summary.ZScores[4]!.Value, 12);
        Assert.Equal(-3 / sd, summary.ZScores[0]!.Value, 12);
        Assert.Same(BandOptions.Default, summary.Options);
    }

    [Fact]
    public void Summarise_keeps_a_value_exactly_on_a_threshold_in_the_lower_band()
    {
        // Given 1, 2, 3 (sample SD exactly 1, so 3 = mean + 1 SD)
        // and 0, 0, 2, 2 with population SD (mean 1, SD exactly 1, so 2 = mean + 1 SD)
        double[] sample = [1, 2, 3];
        double[] population = [0, 0, 2, 2];

        // When the values are banded
        var sampleSummary = Bands.Summarise(sample);
        var populationSummary = Bands.Summarise(population, new BandOptions { Kind = StandardDeviationKind.Population });

        // Then a value exactly at mean + 1 SD is not above average
        Assert.Equal(3, sampleSummary.AboveThreshold);
        Assert.Equal(2, populationSummary.AboveThreshold);
        Assert.All(sampleSummary.Bands, band => Assert.Equal(Band.None, band));
        Assert.All(populationSummary.Bands, band => Assert.Equal(Band.None, band));
    }

    [Theory]
    [InlineData(5.0, Band.None)]
    [InlineData(7.0, Band.None)]
    [InlineData(7.000001, Band.Above)]
    [InlineData(9.0, Band.Above)]
    [InlineData(9.000001, Band.Significant)]
    public void Classify_is_strictly_greater_than_each_threshold(double value, Band expected)
    {
        // Given mean 5 and SD 2, so thresholds 7 and 9
        // When a value is classified
        var band = Bands.Classify(value, aboveThreshold: 7, significantThreshold: 9);

        // Then it moves up a band only when strictly above the threshold
        Assert.Equal(expected, band);
    }

    [Fact]
    public void Summarise_uses_configured_thresholds()
    {
        // Given 1, 2, 3, 4, 10 and thresholds of 0.5 SD and 1.5 SD (mean 4, SD √12.5 ≈ 3.536)
        double[] values = [1, 2, 3, 4, 10];
        var options = new BandOptions { AboveSds = 0.5, SignificantSds = 1.5 };

        // When the values are banded
        var summary = Bands.Summarise(values, options);

        // Then 10 (> 9.30) is significant and nothing else passes 5.77
        Assert.Equal(4 + (1.5 * Math.Sqrt(12.5)), summary.SignificantThreshold, 12);
        Assert.Equal([Band.None, Band.None, Band.None, Band.None, Band.Significant], summary.Bands);
    }

    [Fact]
    public void Summarise_with_no_spread_bands_nothing_and_has_no_z_scores()
    {
        // Given equal values
        double[] values = [4, 4, 4];

        // When they are banded
        var summary = Bands.Summarise(values);

        // Then nothing is above its own mean and z-scores are undefined
        Assert.Equal(0, summary.StandardDeviation);
        Assert.All(summary.Bands, band => Assert.Equal(Band.None, band));
        Assert.All(summary.ZScores, Assert.Null);
    }

    [Fact]
    public void Summarise_finds_the_wards_the_source_document_calls_high_for_all_crime()
    {
        // Given the ALL CRIME column of the ward table (footnote 11: above = mean + 1 SD, significant = mean + 2 SD)
        // When it is banded with the defaults
        var summary = Bands.Summarise(LichfieldAssessment.AllCrime);

        // Then mean 59.48 and SD 37.73 (computed independently) put Stowe ("the highest rates of crime overall")
        // and Chasetown above mean + 2 SD, and Bourne Vale above mean + 1 SD
        Assert.Equal(59.481818, summary.Mean, tolerance: 1e-6);
        Assert.Equal(37.731806, summary.StandardDeviation, tolerance: 1e-6);
        Assert.Equal(["Stowe", "Chasetown"], WardsIn(summary, Band.Significant));
        Assert.Equal(["Bourne Vale"], WardsIn(summary, Band.Above));
    }

    [Fact]
    public void Summarise_finds_the_burglary_and_drug_hot_spots_the_source_document_names()
    {
        // Given the Burglary and Drug Offences columns of the ward table
        // When they are banded with the defaults
        var burglary = Bands.Summarise(LichfieldAssessment.Burglary);
        var drugs = Bands.Summarise(LichfieldAssessment.DrugOffences);

        // Then Bourne Vale and Shenstone ("exceptionally high levels of Burglary") are significant, and
        // Bourne Vale is "the only ward in Lichfield with high rates of Drug Possession"
        Assert.Equal(["Bourne Vale", "Shenstone"], WardsIn(burglary, Band.Significant));
        Assert.Equal(["Stowe", "Little Aston & Stonnall"], WardsIn(burglary, Band.Above));
        Assert.Equal(["Bourne Vale"], WardsIn(drugs, Band.Significant));
    }

    [Fact]
    public void Summarise_with_population_kind_uses_the_smaller_standard_deviation()
    {
        // Given the ALL CRIME column and the n denominator
        var options = BandOptions.Default with { Kind = StandardDeviationKind.Population };

        // When it is banded
        var summary = Bands.Summarise(LichfieldAssessment.AllCrime, options);

        // Then the SD is the population SD computed independently
        Assert.Equal(36.864292, summary.StandardDeviation, tolerance: 1e-6);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(2, 1)]
    [InlineData(double.NaN, 2)]
    public void Summarise_rejects_inconsistent_options(double aboveSds, double significantSds)
    {
        // Given thresholds that are negative, reversed or not numbers
        var options = new BandOptions { AboveSds = aboveSds, SignificantSds = significantSds };

        // When values are banded
        // Then the options are refused
        Assert.Throws<ArgumentOutOfRangeException>(() => Bands.Summarise([1, 2, 3], options));
    }

    private static string[] WardsIn(BandSummary summary, Band band) =>
        [.. LichfieldAssessment.Wards.Where((_, i) => summary.Bands[i] == band)];
}
